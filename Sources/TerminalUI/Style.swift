/// The eight ANSI colours; `nil` in a `Style` means the terminal's default.
public enum Color: Int, CaseIterable, Sendable {
    case black, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell looks. Colours are hints: with NO_COLOR the backend keeps only the attributes.
public struct Style: Equatable, Hashable, Sendable {
    public var foreground: Color?
    public var background: Color?
    public var bold = false
    public var reverse = false
    public var underline = false
    public var dim = false

    public init(foreground: Color? = nil, background: Color? = nil, bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let dim = Style(dim: true)
    public static let selected = Style(reverse: true)
    public static func color(_ color: Color, bold: Bool = false) -> Style { Style(foreground: color, bold: bold) }
}
