/// Word-wraps text to a column width, keeping explicit line breaks; over-long words are cut.
public enum TextWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
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
