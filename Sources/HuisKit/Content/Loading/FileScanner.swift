import Foundation

/// Lists the files of a content folder, relative to it and sorted, so a build
/// never depends on the order in which the file system returns entries.
enum FileScanner {
    static func files(under root: URL) throws -> [String] {
        try sizedFiles(under: root).map(\.path)
    }

    /// The files with their sizes in bytes (links to documents show the size).
    static func sizedFiles(under root: URL) throws -> [(path: String, size: Int)] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ScanError.notAFolder(root.path)
        }
        let rootPath = root.standardizedFileURL.path
        var result: [(path: String, size: Int)] = []
        guard let enumerator = fm.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey, .fileSizeKey],
                                             options: [.skipsHiddenFiles]) else { return [] }
        for case let url as URL in enumerator {
            guard let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .fileSizeKey]),
                  values.isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(rootPath) else { continue }
            result.append((String(path.dropFirst(rootPath.count).drop { $0 == "/" }), values.fileSize ?? 0))
        }
        return result.sorted { $0.path < $1.path }
    }

    enum ScanError: Error {
        case notAFolder(String)
    }
}
