import PeerNetwork

/// One logical vCard line, `[group.]NAME[;PARAM=VALUE...]:value`, with the line it began on.
struct ContentLine: Equatable {
    var line: Int
    var group: String?
    /// Upper-cased.
    var name: String
    /// Parameter names upper-cased; a bare 2.1 parameter (`;WORK;PREF`) is a TYPE value, and a
    /// bare encoding (`;QUOTED-PRINTABLE`) an ENCODING.
    var parameters: [String: [String]]
    var value: String

    func parameter(_ name: String) -> [String] { parameters[name] ?? [] }

    var isQuotedPrintable: Bool {
        parameter("ENCODING").contains { ["QUOTED-PRINTABLE", "QP"].contains($0.uppercased()) }
    }

    /// Physical lines joined into logical ones: a line that starts with a space or a tab
    /// continues the one before, and so does the line after a quoted-printable line ending in `=`.
    /// A sequence read as it goes, so a 50 MB address book is never held as millions of lines.
    static func unfold(_ text: String) -> Unfolded { Unfolded(text: text) }

    struct Unfolded: Sequence, IteratorProtocol {
        let text: String
        var position: String.Index
        var number = 0
        /// The physical line read ahead that starts the next logical one.
        var pending: (line: Int, text: Substring)?

        init(text: String) {
            self.text = text
            position = text.startIndex
        }

        /// The next physical line, split at LF, CR LF or CR.
        mutating func physical() -> (line: Int, text: Substring)? {
            if let line = pending { pending = nil; return line }
            let utf8 = text.utf8
            guard position < text.endIndex else { return nil }
            let start = position
            var end = start
            while end < utf8.endIndex, utf8[end] != 0x0A, utf8[end] != 0x0D { end = utf8.index(after: end) }
            position = end
            if position < utf8.endIndex {
                let breakByte = utf8[position]
                position = utf8.index(after: position)
                if breakByte == 0x0D, position < utf8.endIndex, utf8[position] == 0x0A { position = utf8.index(after: position) }
            }
            number += 1
            return (number, text[start..<end])
        }

        mutating func next() -> (line: Int, text: String)? {
            var first: (line: Int, text: Substring)?
            while first == nil {
                guard let line = physical() else { return nil }
                if line.text.contains(where: { !$0.isWhitespace }) { first = line }
            }
            var logical = String(first!.text)
            var continuesQuotedPrintable = Self.endsSoftBreak(&logical)
            while let next = physical() {
                // A stray `=` at the end of the last value must not swallow END:VCARD.
                if continuesQuotedPrintable, next.text.uppercased() == "END:VCARD" {
                    pending = next
                    break
                } else if continuesQuotedPrintable {
                    logical += next.text
                } else if let character = next.text.first, character == " " || character == "\t" {
                    logical += next.text.dropFirst()
                } else if next.text.contains(where: { !$0.isWhitespace }) {
                    pending = next
                    break
                } else {
                    continue
                }
                continuesQuotedPrintable = Self.endsSoftBreak(&logical)
            }
            return (first!.line, logical)
        }

        /// Quoted-printable soft line break (vCard 2.1): drops the `=`, so the next line joins.
        static func endsSoftBreak(_ logical: inout String) -> Bool {
            guard logical.hasSuffix("="), ContentLine.header(of: logical).uppercased().contains("QUOTED-PRINTABLE") else { return false }
            logical.removeLast()
            return true
        }
    }

    /// Everything before the value's colon.
    static func header(of text: String) -> Substring {
        text[..<(colonIndex(in: text) ?? text.endIndex)]
    }

    /// The first colon outside a double-quoted parameter value. Both are ASCII, so the bytes
    /// are read: a large calendar has hundreds of thousands of lines.
    private static func colonIndex(in text: String) -> String.Index? {
        var quoted = false
        let bytes = text.utf8
        var index = bytes.startIndex
        while index < bytes.endIndex {
            switch bytes[index] {
            case UInt8(ascii: "\""): quoted.toggle()
            case UInt8(ascii: ":") where !quoted: return index
            default: break
            }
            index = bytes.index(after: index)
        }
        return nil
    }

    static func parse(_ text: String, line: Int, file: String, format: String = "vCard") throws -> ContentLine {
        guard let colon = colonIndex(in: text) else {
            throw ImportIssue(SourceLocation(file: file, line: line), "not a \(format) line (no ':' after the property name): \(text.prefix(40))")
        }
        let parts = split(String(text[..<colon]), on: ";")
        var fullName = parts[0].trimmed
        var group: String?
        if let dot = fullName.utf8.lastIndex(of: UInt8(ascii: ".")) {
            group = String(fullName[..<dot])
            fullName = String(fullName[fullName.index(after: dot)...])
        }
        guard !fullName.isEmpty else {
            throw ImportIssue(SourceLocation(file: file, line: line), "a \(format) line needs a property name before ':'")
        }
        var parameters: [String: [String]] = [:]
        for parameter in parts.dropFirst() where !parameter.isEmpty {
            if let equals = parameter.firstIndex(of: "=") {
                let name = String(parameter[..<equals]).trimmed.uppercased()
                let values = split(String(parameter[parameter.index(after: equals)...]), on: ",").map(unquoted)
                parameters[name, default: []] += values
            } else {
                let bare = parameter.trimmed
                let name = ["QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"].contains(bare.uppercased()) ? "ENCODING" : "TYPE"
                parameters[name, default: []].append(bare)
            }
        }
        return ContentLine(line: line, group: group, name: fullName.uppercased(), parameters: parameters, value: String(text[text.index(after: colon)...]))
    }

    /// Splits on `separator` (ASCII) outside double quotes.
    private static func split(_ text: String, on separator: Character) -> [String] {
        let mark = separator.asciiValue!
        var parts: [String] = []
        var quoted = false
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = start
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if byte == mark, !quoted {
                parts.append(String(text[start..<index]))
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        parts.append(String(text[start...]))
        return parts
    }

    private static func unquoted(_ text: String) -> String {
        let trimmed = text.trimmed
        guard trimmed.count >= 2, trimmed.hasPrefix("\""), trimmed.hasSuffix("\"") else { return trimmed }
        return String(trimmed.dropFirst().dropLast())
    }
}
