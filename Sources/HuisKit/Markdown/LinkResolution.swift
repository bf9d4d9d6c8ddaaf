/// What becomes of one link destination or image source.
public enum LinkResolution: Sendable, Hashable {
    /// Leave it as written (external URLs, anchors, mail links).
    case keep
    /// Write this URL instead (`../partners/caw.md` becomes `../../partners/caw/`).
    case replace(String)
    /// Write this URL instead, and add ` (details)` to the link text: a link to
    /// a document says what kind of file it is and how big, e.g. `pdf, 1,2 MB`.
    /// (For an image source it means the same as `.replace`.)
    case download(String, details: String)
    /// The target does not exist: report an error at the link and keep it as written.
    case broken(message: String, hint: String?)
}
