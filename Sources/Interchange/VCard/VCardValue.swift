/// A property's value as text: quoted-printable and character sets decoded (vCard 2.1), escapes
/// undone (`\,` `\;` `\n` `\\`), and structured values split into their components.
enum VCardValue {
    /// The raw value after any transfer encoding; bytes not valid in their character set are
    /// refused at the property's line, never replaced.
    static func decoded(_ line: ContentLine, file: String) throws(ImportIssue) -> String {
        guard line.isQuotedPrintable else { return line.value }
        let charset = line.parameter("CHARSET").first
        guard let text = TextDecoding.decode(quotedPrintableBytes(line.value), charset: charset) else {
            throw ImportIssue(SourceLocation(file: file, line: line.line), "\(line.name) is not valid \(charset ?? "UTF-8") once its quoted-printable is decoded")
        }
        return text
    }

    static func quotedPrintableBytes(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "="), index + 2 < utf8.count,
               let byte = UInt8(String(decoding: utf8[(index + 1)...(index + 2)], as: UTF8.self), radix: 16) {
                bytes.append(byte)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return bytes
    }

    /// The components of a structured value (N, ORG) or a list (CATEGORIES), split on
    /// unescaped `separator`, each unescaped.
    static func components(_ text: String, separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var escaped = false
        for character in text {
            if escaped {
                current.append("\\")
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == separator {
                parts.append(unescaped(current))
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaped { current.append("\\") }
        parts.append(unescaped(current))
        return parts
    }

    static func unescaped(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var result = ""
        var escaped = false
        for character in text {
            if escaped {
                switch character {
                case "n", "N": result.append("\n")
                default: result.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        if escaped { result.append("\\") }
        return result
    }
}
