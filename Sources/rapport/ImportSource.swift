import Foundation
import RapportApp
import Interchange

/// The files an import reads: those named, and the `.vcf` files inside a named folder (a khard
/// or vdirsyncer address book), in name order; `-` is standard input (`./-` a file of that name).
enum ImportSource {
    static let standardInput = "-"

    static func files(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            if path == standardInput {
                guard !files.contains(standardInput) else { throw CLIError("- (standard input) can be read once") }
                files.append(path)
                continue
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw CLIError("\(path): no such file or folder") }
            guard isFolder.boolValue else { files.append(path); continue }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            // Files only: a pipe in a folder has no one writing to it, and its read would never end.
            let cards = names.filter { ["vcf", "vcard"].contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
                .map { (path as NSString).appendingPathComponent($0) }.filter { kind(of: $0) == S_IFREG }
            guard !cards.isEmpty else { throw CLIError("\(path): a folder with no .vcf files in it") }
            files += cards
        }
        return files
    }

    /// A file's bytes, or a pipe's, read to its end as standard input is: `rapport import
    /// <(ssh laptop cat contacts.vcf)` reads what the command wrote. A device or a socket is refused.
    private static func bytes(of path: String) throws -> Data {
        let unreadable = { (why: String) in CLIError("\(path): cannot read this file (\(why))") }
        let kind = try self.kind(of: path) ?? { throw unreadable(String(cString: strerror(errno))) }()
        guard kind == S_IFREG || kind == S_IFIFO else { throw CLIError("\(path): not a file or a pipe; nothing was read") }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw unreadable(String(cString: strerror(errno))) }
        defer { try? handle.close() }
        do {
            return try handle.readToEnd() ?? Data()
        } catch {
            throw unreadable(error.localizedDescription)
        }
    }

    /// What stands at `path`, through a link (`S_IFREG`, `S_IFIFO`…); nil when nothing does.
    private static func kind(of path: String) -> mode_t? {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    /// How errors and the report name a file: standard input by that name.
    static func name(of file: String) -> String { file == standardInput ? "standard input" : file }

    static func text(of file: String) throws -> String {
        let data = try file == standardInput ? FileHandle.standardInput.readDataToEndOfFile() : bytes(of: file)
        do {
            return try TextDecoding.decode(data)
        } catch {
            throw CLIError("\(name(of: file)):\(error.line): \(error.message)")
        }
    }
}
