/// Word-wraps text to a column width, keeping explicit line breaks (LF, CR LF from Windows or
/// an imported card, and the rest); over-long words are cut.
public enum TextWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                let candidate = line.isEmpty ? String(word) : line + " " + word
                if DisplayWidth.of(candidate) <= width {
                    line = candidate
                } else {
                    if !line.isEmpty { result.append(line) }
                    line = DisplayWidth.of(word) > width ? DisplayWidth.truncate(String(word), to: width) : String(word)
                }
            }
            result.append(line)
        }
        return result
    }
}
