import Foundation

/// Bytes from another program to text: a byte-order mark says UTF-8 or UTF-16; otherwise UTF-8
/// when the bytes are valid UTF-8, else Windows-1252 (what Outlook and older Windows tools write).
public enum TextDecoding {
    public static func decode(_ data: Data) -> String {
        let bytes = [UInt8](data.prefix(3))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return String(decoding: data.dropFirst(3), as: UTF8.self) }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(data.dropFirst(2), bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(data.dropFirst(2), bigEndian: true) }
        if let text = String(data: data, encoding: .utf8) { return text }
        return windows1252(data)
    }

    static func utf16(_ data: Data, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(data.count / 2)
        var index = data.startIndex
        while index + 1 < data.endIndex {
            let first = UInt16(data[index]), second = UInt16(data[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252: Latin-1 with printable characters in 0x80–0x9F (€, curly quotes, dashes).
    static func windows1252(_ data: Data) -> String {
        let high: [UInt32] = [
            0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
            0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
        ]
        var scalars = String.UnicodeScalarView()
        for byte in data {
            let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }

    /// Bytes in a named character set (a vCard 2.1 `CHARSET=`): UTF-8 unless it names a Latin one.
    public static func decode(_ bytes: [UInt8], charset: String?) -> String {
        switch charset?.lowercased() {
        case "iso-8859-1", "latin1", "latin-1", "windows-1252", "cp1252":
            return windows1252(Data(bytes))
        default:
            return String(bytes: bytes, encoding: .utf8) ?? windows1252(Data(bytes))
        }
    }
}
