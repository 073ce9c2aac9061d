import ArgumentParser

/// Every file or folder named on the command line passes here. An empty one is refused, as `cp`
/// and `ls` refuse it: Foundation would read it as the working folder, so `calendar add ''`
/// added whatever folder the shell stood in.
enum PathArgument {
    static func nonEmpty(_ text: String) throws -> String {
        guard !text.isEmpty else { throw ValidationError("an empty path names no file or folder") }
        return text
    }
}
