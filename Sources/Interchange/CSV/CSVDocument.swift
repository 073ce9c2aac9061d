import CSV
import Foundation

/// A CSV file read into rows, each with the line it starts on. The fields come from CSV.swift;
/// a first pass over the text finds where each record starts (quoted fields can span lines) and
/// rejects quoting it cannot read sensibly, so no row is ever guessed into the wrong columns.
struct CSVDocument {
    struct Row {
        var line: Int
        var fields: [String]
    }

    var rows: [Row]

    init(_ text: String, file: String) throws {
        let delimiter = Self.delimiter(of: text)
        let starts = try Self.recordStarts(text, delimiter: delimiter, file: file)
        let reader = try CSVReader(string: text, hasHeaderRow: false, delimiter: delimiter)
        var rows: [Row] = []
        var index = 0
        while let fields = reader.next() {
            defer { index += 1 }
            // A blank line is a record of one empty field: not a row.
            guard fields != [""], index < starts.count else { continue }
            rows.append(Row(line: starts[index], fields: fields))
        }
        if let error = reader.error {
            throw ImportIssue(SourceLocation(file: file, line: starts.last ?? 1), "cannot read this CSV file: \(error)")
        }
        self.rows = rows
    }

    /// What separates the fields: of `,`, `;` and tab, the one the first line that holds any of
    /// them holds most of, outside quotes (a comma when tied). Spreadsheets write `;` where the
    /// decimal mark is a comma, and tabs as "Unicode text"; Excel's `sep=;` line says it outright.
    static func delimiter(of text: String) -> Unicode.Scalar {
        let candidates: [Unicode.Scalar] = [",", ";", "\t"]
        var counts = [0, 0, 0]
        var quoted = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" {
                quoted.toggle()
            } else if !quoted, let index = candidates.firstIndex(of: scalar) {
                counts[index] += 1
            } else if !quoted, scalar == "\n" || scalar == "\r", counts.contains(where: { $0 > 0 }) {
                break
            }
        }
        return candidates[counts.firstIndex(of: counts.max()!)!]
    }

    /// The line each record starts on, found the way RFC 4180 reads quotes: a field that starts
    /// with `"` runs to the next lone `"`. A quote inside such a field must be doubled; one that
    /// is not, or a field that never closes, is an error at its line.
    static func recordStarts(_ text: String, delimiter: Unicode.Scalar, file: String) throws -> [Int] {
        var starts: [Int] = []
        var line = 1
        var atRecordStart = true
        var atFieldStart = true
        var quoted = false
        var quotedFrom = 0
        var previousWasCR = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let scalar = pending { pending = nil; return scalar }
            return scalars.next()
        }
        while let scalar = next() {
            if atRecordStart {
                starts.append(line)
                atRecordStart = false
            }
            let isNewline = scalar == "\n" || scalar == "\r"
            if isNewline {
                // CRLF counts once.
                if !(scalar == "\n" && previousWasCR) { line += 1 }
                previousWasCR = scalar == "\r"
            } else {
                previousWasCR = false
            }
            if quoted {
                guard scalar == "\"" else { continue }
                let after = next()
                switch after {
                case "\""?: continue
                case nil: quoted = false
                case delimiter?: quoted = false; atFieldStart = true
                case "\r"?, "\n"?:
                    quoted = false
                    pending = after
                default:
                    throw ImportIssue(
                        SourceLocation(file: file, line: line),
                        "a quote inside a quoted field must be doubled (\"\"): the field opened at line \(quotedFrom) closes before \(String(after!))")
                }
            } else if scalar == "\"" && atFieldStart {
                quoted = true
                quotedFrom = line
                atFieldStart = false
            } else if scalar == delimiter {
                atFieldStart = true
            } else if isNewline {
                // The LF of a CRLF does not start another record.
                atRecordStart = true
                atFieldStart = true
                if scalar == "\r", let after = next() {
                    if after == "\n" { previousWasCR = false } else { pending = after }
                }
            } else {
                atFieldStart = false
            }
        }
        if quoted {
            throw ImportIssue(SourceLocation(file: file, line: quotedFrom), "a quoted field opened here never closes (a missing \")")
        }
        return starts
    }
}
