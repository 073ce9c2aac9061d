import Foundation
import GRDB
import GRDBSQLite

/// The baseline as a database file's bytes, for a database in memory (the demo) to start from:
/// running the baseline's statements costs 23 M instructions, a fifth of the demo's start,
/// because SQLite parses each trigger again as it stores it. The bytes
/// (`SchemaImage+Bytes.swift`) are made from the baseline by `RECORD_BASELINE=1`, and
/// `SchemaBaselineTests` checks that a database made from them is the baseline's.
enum SchemaImage {
    /// Small pages keep the image small; a network in memory is small too.
    static let pageSize = 1_024

    /// Replaces the empty database `db` with an image (by default the baseline's, its
    /// migrations recorded as applied), as `record` wrote it.
    static func restore(into db: Database, from image: String = SchemaImage.base64) throws {
        guard let packed = Data(base64Encoded: image, options: .ignoreUnknownCharacters) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "the schema image could not be read")
        }
        let size = expandedSize(of: packed)
        guard let memory = sqlite3_malloc64(sqlite3_uint64(size))?.assumingMemoryBound(to: UInt8.self) else {
            throw DatabaseError(resultCode: .SQLITE_NOMEM, message: "no memory for the schema image")
        }
        expand(packed, into: memory)
        // SQLite owns the memory from here, and may grow it as the network is written.
        let code = sqlite3_deserialize(
            db.sqliteConnection, "main", memory, sqlite3_int64(size), sqlite3_int64(size),
            UInt32(SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE))
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "the schema image was refused") }
        db.clearSchemaCache()
    }

    /// The bytes of the database `db`, packed, as base64 in lines.
    static func record(in db: Database) throws -> String {
        var size: sqlite3_int64 = 0
        guard let bytes = sqlite3_serialize(db.sqliteConnection, "main", &size, 0) else {
            throw DatabaseError(resultCode: .SQLITE_NOMEM, message: "the schema could not be serialized")
        }
        defer { sqlite3_free(bytes) }
        let text = Data(packing(Array(UnsafeBufferPointer(start: bytes, count: Int(size))))).base64EncodedString()
        return stride(from: 0, to: text.count, by: 100).map { start in
            let from = text.index(text.startIndex, offsetBy: start)
            return String(text[from..<(text.index(from, offsetBy: 100, limitedBy: text.endIndex) ?? text.endIndex)])
        }.joined(separator: "\n")
    }

    /// Most of an empty database's pages are zeros. Packed, every run of zero bytes is a 0
    /// followed by its length (7 bits a byte, least significant first, the high bit set on all
    /// but the last); other bytes stand for themselves. Unpacked straight into SQLite's buffer,
    /// with a memset a run: expanding base64 text first took 2.7 M instructions.
    static func packing(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == 0 else {
                out.append(bytes[index])
                index += 1
                continue
            }
            var run = 0
            while index < bytes.count, bytes[index] == 0 { run += 1; index += 1 }
            out.append(0)
            while run >= 0x80 {
                out.append(UInt8(run & 0x7F) | 0x80)
                run >>= 7
            }
            out.append(UInt8(run))
        }
        return out
    }

    /// How many bytes `packed` unpacks to.
    static func expandedSize(of packed: Data) -> Int {
        var size = 0
        walk(packed) { _, run in size += run ?? 1 }
        return size
    }

    /// Unpacks `packed` into `memory`, which holds `expandedSize(of:)` bytes.
    static func expand(_ packed: Data, into memory: UnsafeMutablePointer<UInt8>) {
        var at = 0
        walk(packed) { byte, run in
            if let run {
                memset(memory + at, 0, run)
                at += run
            } else {
                memory[at] = byte
                at += 1
            }
        }
    }

    /// Each literal byte (run nil), or each run of zeros (its length).
    private static func walk(_ packed: Data, _ visit: (UInt8, Int?) -> Void) {
        packed.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                guard byte == 0 else { visit(byte, nil); continue }
                var run = 0, shift = 0
                while index < bytes.count {
                    let part = bytes[index]
                    index += 1
                    run |= Int(part & 0x7F) << shift
                    shift += 7
                    if part & 0x80 == 0 { break }
                }
                visit(0, run)
            }
        }
    }
}
