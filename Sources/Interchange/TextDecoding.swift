import Foundation

/// Bytes from another program to text, decided honestly for the whole file: a byte-order mark
/// says UTF-8 or UTF-16; otherwise UTF-8 when the bytes are valid UTF-8, or Windows-1252 (what
/// Outlook and older Windows tools write) when no byte of the file reads as UTF-8 beyond ASCII.
/// A file that is partly UTF-8 and partly something else is refused at the line of its first
/// bad byte: decoding it either way would silently change every other line.
public enum TextDecoding {
    /// Why the bytes cannot be read as text, and the line (1-based) where that shows.
    public struct Undecodable: Error, Equatable, Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// Reads `data` where it lies: a 50 MB file is held once as bytes and once as text, never
    /// copied a third time.
    public static func decode(_ bytes: Data) throws(Undecodable) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes.dropFirst(3))
            if let bad = firstInvalidUTF8(body).offset { throw undecodable(body, at: bad, "not valid UTF-8, although the file starts with UTF-8's byte-order mark") }
            return String(decoding: body, as: UTF8.self)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return try utf16(Array(bytes.dropFirst(2)), bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try utf16(Array(bytes.dropFirst(2)), bigEndian: true) }
        // Most files are valid UTF-8: the standard library's validation says so fastest, and the
        // scan below runs only to say where and how one is not.
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let scan = firstInvalidUTF8(bytes)
        guard let bad = scan.offset else { return String(decoding: bytes, as: UTF8.self) }
        guard scan.multibyteSeen == 0 else {
            throw undecodable(bytes, at: bad, "byte 0x\(hex(bytes[bytes.startIndex + bad])) is not UTF-8, while the rest of the file is; save the file as UTF-8 and import it again")
        }
        return try windows1252(Array(bytes))
    }

    /// The offset of the first byte that is not part of a valid UTF-8 sequence, and how many
    /// valid sequences of two bytes or more came before it.
    static func firstInvalidUTF8<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> (offset: Int?, multibyteSeen: Int) where Bytes.Index == Int {
        let start = bytes.startIndex
        var index = start, multibyte = 0
        while index < bytes.endIndex {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int, lowest: UInt32
            switch lead {
            case 0xC2...0xDF: (length, lowest) = (2, 0x80)
            case 0xE0...0xEF: (length, lowest) = (3, 0x800)
            case 0xF0...0xF4: (length, lowest) = (4, 0x10000)
            default: return (index - start, multibyte)
            }
            guard index + length <= bytes.endIndex else { return (index - start, multibyte) }
            var value = UInt32(lead) & (0xFF >> (length + 1))
            for next in bytes[(index + 1)..<(index + length)] {
                guard next & 0xC0 == 0x80 else { return (index - start, multibyte) }
                value = value << 6 | UInt32(next & 0x3F)
            }
            // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
            guard value >= lowest, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return (index - start, multibyte) }
            multibyte += 1
            index += length
        }
        return (nil, multibyte)
    }

    static func utf16(_ bytes: [UInt8], bigEndian: Bool) throws(Undecodable) -> String {
        guard bytes.count % 2 == 0 else { throw undecodable(bytes, at: bytes.count - 1, "UTF-16 ends half-way through a character") }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        for index in stride(from: 0, to: bytes.count, by: 2) {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
        }
        var scalars = String.UnicodeScalarView()
        var decoder = UTF16()
        var iterator = units.makeIterator()
        var line = 1
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
                scalars.append(scalar)
            case .emptyInput: break loop
            case .error: throw Undecodable(line: line, message: "a lone UTF-16 surrogate, which is not a character")
            }
        }
        return String(scalars)
    }

    /// Windows-1252: Latin-1 with printable characters in 0x80–0x9F (€, curly quotes, dashes).
    /// Its five unassigned bytes are refused, never turned into a replacement character.
    static func windows1252(_ bytes: [UInt8]) throws(Undecodable) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for (offset, byte) in bytes.enumerated() {
            guard let scalar = windows1252(byte) else {
                throw undecodable(bytes, at: offset, "byte 0x\(hex(byte)) is neither UTF-8 nor a Windows-1252 character")
            }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    static func windows1252(_ byte: UInt8) -> Unicode.Scalar? {
        let high: [UInt32] = [
            0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
            0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
        ]
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        let value = high[Int(byte) - 0x80]
        return value == 0 ? nil : Unicode.Scalar(value)
    }

    /// Bytes in a named character set (a vCard 2.1 `CHARSET=`): a Latin one when named, else
    /// UTF-8; nil when they are not valid in it.
    public static func decode(_ bytes: [UInt8], charset: String?) -> String? {
        switch charset?.lowercased() {
        case "iso-8859-1", "latin1", "latin-1", "windows-1252", "cp1252":
            return try? windows1252(bytes)
        default:
            return firstInvalidUTF8(bytes).offset == nil ? String(decoding: bytes, as: UTF8.self) : nil
        }
    }

    private static func undecodable(_ bytes: some Collection<UInt8>, at offset: Int, _ message: String) -> Undecodable {
        Undecodable(line: bytes.prefix(offset).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }, message: message)
    }

    private static func hex(_ byte: UInt8) -> String { String(format: "%02X", byte) }
}
