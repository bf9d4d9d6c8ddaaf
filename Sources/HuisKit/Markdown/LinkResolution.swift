/// What becomes of one link destination or image source.
public enum LinkResolution: Sendable, Hashable {
    /// Leave it as written (external URLs, anchors, mail links).
    case keep
    /// Write this URL instead (`../partners/caw.md` becomes `../../partners/caw/`).
    case replace(String)
    /// The target does not exist: report an error at the link and keep it as written.
    case broken(message: String, hint: String?)
}
