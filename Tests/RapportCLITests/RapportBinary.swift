import Foundation

/// Runs the built `rapport` binary on a private temporary database, as a user's shell would.
struct RapportBinary {
    let folder: URL
    var database: String { folder.appendingPathComponent("rapport.sqlite").path }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// The binary sits beside the test bundle in SwiftPM's build folder.
    static let executable: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("rapport")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/rapport")
    }()

    @discardableResult
    func run(
        _ arguments: [String], environment: [String: String] = [:], useDatabase: Bool = true, executable: String? = nil,
        input: String? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable.map(URL.init(fileURLWithPath:)) ?? Self.executable
        var args = arguments
        if useDatabase, let first = args.first {
            args.insert(contentsOf: ["--db", database], at: first.hasPrefix("-") ? 0 : 1)
        }
        process.arguments = args
        var env = ProcessInfo.processInfo.environment
        env["RAPPORT_DB"] = nil
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    func json(_ arguments: [String]) throws -> Any {
        let result = try run(arguments + ["--json"])
        guard result.status == 0 else { throw Failure(message: result.stderr) }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    struct Failure: Error { var message: String }

    /// Each file in the folder: its size, mode and digest, by path. What a read, or a save with
    /// nothing changed, must leave alone.
    func files() throws -> [String: String] {
        var result: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let path = folder.appendingPathComponent(name).path
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            let mode = String(attributes[.posixPermissions] as? Int ?? 0, radix: 8)
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            result[path] = "\(data.count) \(mode) \(digest(data))"
        }
        return result
    }

    private func digest(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(hash, radix: 16)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
