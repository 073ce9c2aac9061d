import PeerNetwork

/// A colleague's notes as the editor left them: the colleague as they were when the draft was
/// written, the draft file's path, and its text (nil when it is not UTF-8).
public struct NotesDraft: Equatable, Sendable {
    public var colleague: Colleague
    public var path: String
    public var text: String?

    public init(colleague: Colleague, path: String, text: String?) {
        (self.colleague, self.path, self.text) = (colleague, path, text)
    }
}
