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

    /// Replaces the empty database `db` with the image, the baseline's migrations recorded as applied.
    static func restore(into db: Database) throws {
        guard let bytes = Data(base64Encoded: Data(expandingZeros(base64)), options: .ignoreUnknownCharacters),
              let memory = sqlite3_malloc64(sqlite3_uint64(bytes.count)) else {
            throw DatabaseError(resultCode: .SQLITE_NOMEM, message: "the schema image could not be read")
        }
        bytes.copyBytes(to: memory.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        // SQLite owns the memory from here, and may grow it as the network is written.
        let code = sqlite3_deserialize(
            db.sqliteConnection, "main", memory.assumingMemoryBound(to: UInt8.self), sqlite3_int64(bytes.count),
            sqlite3_int64(bytes.count), UInt32(SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE))
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "the schema image was refused") }
        db.clearSchemaCache()
    }

    /// The bytes of a database holding just the baseline, as base64 in lines.
    static func record(in db: Database) throws -> String {
        var size: sqlite3_int64 = 0
        guard let bytes = sqlite3_serialize(db.sqliteConnection, "main", &size, 0) else {
            throw DatabaseError(resultCode: .SQLITE_NOMEM, message: "the schema could not be serialized")
        }
        defer { sqlite3_free(bytes) }
        let text = shorteningZeros(Data(bytes: bytes, count: Int(size)).base64EncodedString())
        return stride(from: 0, to: text.count, by: 100).map { start in
            let from = text.index(text.startIndex, offsetBy: start)
            return String(text[from..<(text.index(from, offsetBy: 100, limitedBy: text.endIndex) ?? text.endIndex)])
        }.joined(separator: "\n")
    }

    /// Most of an empty database's pages are zeros, "A" in base64: a run of them is written
    /// `~count~`, which base64 never contains.
    static func shorteningZeros(_ text: String) -> String {
        var out = "", run = 0
        func flush() {
            out += run >= 8 ? "~\(run)~" : String(repeating: "A", count: run)
            run = 0
        }
        for character in text {
            if character == "A" { run += 1; continue }
            flush()
            out.append(character)
        }
        flush()
        return out
    }

    /// The base64 text back, as bytes: read byte by byte, since walking the text's characters
    /// cost 40 M instructions, more than the rest of the demo's start.
    static func expandingZeros(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count * 4)
        var count: Int?
        for byte in text.utf8 where byte != UInt8(ascii: "\n") {
            if byte == UInt8(ascii: "~") {
                if let run = count { out.append(contentsOf: repeatElement(UInt8(ascii: "A"), count: run)) }
                count = count == nil ? 0 : nil
            } else if let run = count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                count = run * 10 + Int(byte - UInt8(ascii: "0"))
            } else {
                out.append(byte)
            }
        }
        return out
    }
}
