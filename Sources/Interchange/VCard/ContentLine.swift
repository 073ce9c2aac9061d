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
    static func unfold(_ text: String) -> [(line: Int, text: String)] {
        var logical: [(line: Int, text: String)] = []
        var continuesQuotedPrintable = false
        var number = 0
        for physical in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            number += 1
            // A stray `=` at the end of the last value must not swallow END:VCARD.
            if continuesQuotedPrintable, physical.uppercased() == "END:VCARD" {
                logical.append((number, String(physical)))
            } else if continuesQuotedPrintable, !logical.isEmpty {
                logical[logical.count - 1].text += physical
            } else if let first = physical.first, first == " " || first == "\t", !logical.isEmpty {
                logical[logical.count - 1].text += physical.dropFirst()
            } else if physical.contains(where: { !$0.isWhitespace }) {
                logical.append((number, String(physical)))
            } else {
                continue
            }
            // Quoted-printable soft line break (vCard 2.1): drop the `=` and join the next line.
            let current = logical[logical.count - 1].text
            continuesQuotedPrintable = current.hasSuffix("=") && Self.header(of: current).uppercased().contains("QUOTED-PRINTABLE")
            if continuesQuotedPrintable { logical[logical.count - 1].text.removeLast() }
        }
        return logical
    }

    /// Everything before the value's colon.
    private static func header(of text: String) -> Substring {
        text[..<(colonIndex(in: text) ?? text.endIndex)]
    }

    /// The first colon outside a double-quoted parameter value.
    private static func colonIndex(in text: String) -> String.Index? {
        var quoted = false
        for index in text.indices {
            switch text[index] {
            case "\"": quoted.toggle()
            case ":" where !quoted: return index
            default: break
            }
        }
        return nil
    }

    static func parse(_ text: String, line: Int, file: String) throws -> ContentLine {
        guard let colon = colonIndex(in: text) else {
            throw ImportIssue(SourceLocation(file: file, line: line), "not a vCard line (no ':' after the property name): \(text.prefix(40))")
        }
        let parts = split(String(text[..<colon]), on: ";")
        var fullName = parts[0].trimmingCharacters(in: .whitespaces)
        var group: String?
        if let dot = fullName.lastIndex(of: ".") {
            group = String(fullName[..<dot])
            fullName = String(fullName[fullName.index(after: dot)...])
        }
        guard !fullName.isEmpty else {
            throw ImportIssue(SourceLocation(file: file, line: line), "a vCard line needs a property name before ':'")
        }
        var parameters: [String: [String]] = [:]
        for parameter in parts.dropFirst() where !parameter.isEmpty {
            if let equals = parameter.firstIndex(of: "=") {
                let name = parameter[..<equals].trimmingCharacters(in: .whitespaces).uppercased()
                let values = split(String(parameter[parameter.index(after: equals)...]), on: ",").map(unquoted)
                parameters[name, default: []] += values
            } else {
                let bare = parameter.trimmingCharacters(in: .whitespaces)
                let name = ["QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"].contains(bare.uppercased()) ? "ENCODING" : "TYPE"
                parameters[name, default: []].append(bare)
            }
        }
        return ContentLine(line: line, group: group, name: fullName.uppercased(), parameters: parameters, value: String(text[text.index(after: colon)...]))
    }

    /// Splits on `separator` outside double quotes.
    private static func split(_ text: String, on separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if character == separator, !quoted {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts
    }

    private static func unquoted(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 2, trimmed.hasPrefix("\""), trimmed.hasSuffix("\"") else { return trimmed }
        return String(trimmed.dropFirst().dropLast())
    }
}
