import TerminalUI

/// Lines of vCard (RFC 6350 §3.2) and iCalendar (RFC 5545 §3.1): at most 75 octets, longer ones
/// folded with CRLF and a space, never inside a UTF-8 sequence; every line ends in CRLF.
public enum ContentFolding {
    public static let maxOctets = 75

    public static func fold(_ line: String) -> String {
        var result = ""
        var octets = 0
        for character in line {
            let size = character.utf8.count
            if octets + size > maxOctets {
                result += "\r\n "
                octets = 1
            }
            result.append(character)
            octets += size
        }
        return result + "\r\n"
    }

    /// Escapes a text value: backslash, comma, semicolon and line breaks. The formats have no
    /// escape for other controls, so those are made visible (`TextSanitizer`).
    public static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ",": result += "\\,"
            case ";": result += "\\;"
            case "\n", "\r\n", "\r": result += "\\n"
            default: result.append(character)
            }
        }
        return TextSanitizer.sanitize(result)
    }
}
