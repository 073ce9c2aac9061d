/// An error for the user: ArgumentParser prints its description on one line and exits 1.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
