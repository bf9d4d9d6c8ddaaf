import Foundation

/// Lists the files of a content folder, relative to it and sorted, so a build
/// never depends on the order in which the file system returns entries.
enum FileScanner {
    static func files(under root: URL) throws -> [String] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ScanError.notAFolder(root.path)
        }
        let rootPath = root.standardizedFileURL.path
        var result: [String] = []
        guard let enumerator = fm.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                             options: [.skipsHiddenFiles]) else { return [] }
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(rootPath) else { continue }
            result.append(String(path.dropFirst(rootPath.count).drop { $0 == "/" }))
        }
        return result.sorted()
    }

    enum ScanError: Error {
        case notAFolder(String)
    }
}
