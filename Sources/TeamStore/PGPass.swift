import Foundation
import PeerStore

/// `~/.pgpass` (or `$PGPASSFILE`): where libpq looks for passwords. Rapport only adds a line to
/// it: every byte already there stays, whatever its encoding, and the file stays 0600 as libpq
/// requires. A link there is refused, never followed or replaced.
public enum PGPass {
    public static var path: String { path(environment: ProcessInfo.processInfo.environment) }

    /// Where libpq looks: `$PGPASSFILE` unless it is empty, else `.pgpass` in the home it finds.
    static func path(environment: [String: String]) -> String {
        if let file = environment["PGPASSFILE"], !file.isEmpty { return file }
        return HomeDirectory.path(environment: environment) + "/.pgpass"
    }

    /// Refuses, before anything is written, a password file Rapport could not add to.
    public static func checkWritable(_ path: String = path) throws {
        _ = try existingBytes(path)
    }

    public static func add(_ line: String, to path: String = path) throws {
        var bytes = try existingBytes(path)
        let newline = UInt8(ascii: "\n")
        guard !bytes.split(separator: newline).contains(where: { $0.elementsEqual(line.utf8) }) else { return }
        if let last = bytes.last, last != newline { bytes.append(newline) }
        bytes.append(contentsOf: line.utf8)
        bytes.append(newline)
        try PrivateFile.write(to: path, existing: .replace) { [bytes] in try $0.write(contentsOf: bytes) }
    }

    /// What the file holds now: nothing when there is none; a link, a pipe or a device, or a file
    /// that cannot be read, is refused.
    private static func existingBytes(_ path: String) throws -> Data {
        if PrivateFile.isSymbolicLink(path) {
            throw StoreError.invalid(
                "\(path) is a symbolic link; Rapport adds passwords only to a real file (set PGPASSFILE to the file itself); nothing was joined")
        }
        guard PrivateFile.exists(path) else { return Data() }
        // A pipe there would never end the read.
        guard PrivateFile.isRegularFile(path) else {
            throw StoreError.invalid("\(path) is not a regular file; Rapport adds passwords only to a file; nothing was joined")
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw StoreError.cannotWrite(path: path, reason: "cannot read it to add a line (\(error.localizedDescription)); nothing was joined")
        }
    }
}
