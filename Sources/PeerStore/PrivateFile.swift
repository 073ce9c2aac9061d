import Foundation
import Synchronization

/// The files Rapport writes besides its database (backups, exports): private from their first
/// byte, written whole under a temporary name in the same folder and then renamed into place,
/// and never written through a symbolic link. A process killed half-way leaves nothing at the
/// path it was asked to write.
public enum PrivateFile {
    /// What to do when something already stands at the path.
    public enum Existing: Sendable {
        /// Refuse, and leave it as it is (a backup, an export without `--force`); `hint` ends
        /// the error ("choose another name").
        case refuse(hint: String)
        /// Replace it whole, in one rename, when it is a regular file. Anything else is refused,
        /// neither followed nor replaced: a link, a device or a pipe (`/dev/stdout`, `/dev/null`)
        /// is not a file to replace, least of all as root.
        case replace
    }

    /// Writes the file at `path` through a handle on a new private temporary file.
    public static func write(to path: String, existing: Existing, _ body: (FileHandle) throws -> Void) throws {
        try create(at: path, existing: existing) { _, descriptor in
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
            try body(handle)
        }
    }

    /// Makes the file at `path` by handing `produce` the path of a new, empty, private temporary
    /// file beside it (and its open descriptor), then moves the result into place.
    public static func create(at path: String, existing: Existing, _ produce: (_ temporary: String, _ descriptor: Int32) throws -> Void) throws {
        if isDatabaseFile(path) {
            throw StoreError.invalid("\(path) is the Rapport database, or one of its files; nothing was written (choose another name)")
        }
        if isFolder(path) { throw StoreError.invalid("\(path) is a folder; nothing was written (name a file in it)") }
        switch existing {
        case .refuse(let hint) where exists(path):
            throw StoreError.invalid(alreadyExists(path, hint))
        case .replace where exists(path) && !isRegularFile(path):
            throw StoreError.invalid("\(path) is not a regular file (a link, a device or a pipe); nothing was written (name a file)")
        default:
            break
        }
        let folder = AppDatabase.folder(of: path)
        var info = stat()
        guard stat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw StoreError.cannotWrite(path: path, reason: "no folder \(folder)")
        }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var template = Array("\(folder)/.\(name).rapport-XXXXXX".utf8CString)
        // mkstemp makes the file 0600 whatever the umask, and never through a link.
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw StoreError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var moved = false
        defer {
            close(descriptor)
            if !moved { unlink(temporary) }
        }
        do {
            try produce(temporary, descriptor)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.cannotWrite(path: path, reason: error.localizedDescription)
        }
        // What was written reaches the disk before the name does, so a crash leaves the old
        // file or the whole new one.
        let synced = open(temporary, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        if synced >= 0 { fsync(synced); close(synced) }
        switch existing {
        case .replace:
            guard rename(temporary, path) == 0 else { throw StoreError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        case .refuse(let hint):
            // link fails if anything appeared at the path meanwhile: nothing is ever overwritten.
            guard link(temporary, path) == 0 else {
                if errno == EEXIST { throw StoreError.invalid(alreadyExists(path, hint)) }
                throw StoreError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
            unlink(temporary)
        }
        moved = true
    }

    /// The files of every database this process has opened, each with its `-wal`, `-shm` and
    /// `-journal`, by folder and name: whatever path names one (`./`, a linked folder), no backup
    /// or export lands on it. Replacing the WAL would lose every write not yet folded back.
    private static let databaseFiles = Mutex<Set<Place>>([])

    /// A name in a folder, the folder known by device and inode.
    private struct Place: Hashable {
        var device: UInt64
        var inode: UInt64
        var name: Substring

        init?(_ path: String) {
            var folder = stat()
            guard stat(AppDatabase.folder(of: path), &folder) == 0, let name = path.split(separator: "/").last else { return nil }
            (device, inode, self.name) = (UInt64(folder.st_dev), UInt64(folder.st_ino), name)
        }
    }

    static func protectDatabase(at path: String) {
        let places = ["", "-wal", "-shm", "-journal"].compactMap { Place(path + $0) }
        databaseFiles.withLock { $0.formUnion(places) }
    }

    static func isDatabaseFile(_ path: String) -> Bool {
        guard let place = Place(path) else { return false }
        return databaseFiles.withLock { $0.contains(place) }
    }

    /// Refuses, before any of several files is written, when one of `paths` is already there:
    /// files written together go in all or none.
    public static func refuseExisting(_ paths: [String], hint: String) throws {
        if let taken = paths.first(where: exists) { throw StoreError.invalid(alreadyExists(taken, hint)) }
    }

    /// Whether anything stands at `path`, a dangling symbolic link included.
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// `path`, or, when something is already there (a link counts), the same name with -2, -3…
    /// before its extension: for names Rapport makes up, which two runs in one second share.
    public static func unusedName(_ path: String) -> String {
        let name = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let dot = path[name...].lastIndex(of: ".").flatMap { $0 > name ? $0 : nil }
        let (stem, suffix) = dot.map { (String(path[..<$0]), String(path[$0...])) } ?? (path, "")
        var candidate = path, number = 2
        while exists(candidate) {
            candidate = "\(stem)-\(number)\(suffix)"
            number += 1
        }
        return candidate
    }

    /// Whether `path` is a folder, or a link to one.
    public static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// Whether a regular file stands at `path` itself (a link to one is not).
    public static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// Whether `path` is a symbolic link.
    public static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    /// O_PATH, which Glibc's Swift module leaves out (a _GNU_SOURCE name); Linux's generic value,
    /// the one x86-64 and AArch64 use.
    private static let oPath: Int32 = 0o10000000

    /// Makes a regular file that Rapport opens itself private (0600), if others could read it.
    /// A symbolic link, or anything that is not a regular file, is left alone. Returns whether
    /// the mode was changed.
    static func tighten(_ path: String) -> Bool {
        // O_PATH, because closing any other descriptor of a file drops every POSIX lock this
        // process holds on it: SQLite's, when the file is already open here (the dashboard opens
        // the team cache from its sync thread too).
        let descriptor = open(path, oPath | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_mode & 0o077 != 0 else { return false }
        // fchmod refuses an O_PATH descriptor; its /proc link is the same file, whatever the path names now.
        return chmod("/proc/self/fd/\(descriptor)", 0o600) == 0
    }

    private static func alreadyExists(_ path: String, _ hint: String) -> String {
        "\(path) already exists; nothing was written (\(hint))"
    }
}
