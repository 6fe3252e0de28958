#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder held open so that each file in it is opened by its name alone (`openat`), without the kernel
/// walking the folder's whole path again; closed when the last batch that reads from it lets go of it.
final class OpenFolder: Sendable {
    /// The folder's part of the file paths it serves: everything before their last `/`.
    let path: String
    private let descriptor: Int32

    /// Opens the folder that holds `file`; nil when the path names no folder or the folder cannot be opened
    /// (the file is then opened by its whole path, as before).
    init?(holding file: String) {
        var file = file
        guard let path = file.withUTF8({ bytes in
            OpenFolder.lastSlash(in: bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[..<$0]), as: UTF8.self) }
        }) else { return nil }
        let descriptor = Glibc.open(path.isEmpty ? "/" : path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        self.path = path
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// True when `file` is a name directly inside this folder's path.
    func holds(_ file: String) -> Bool { nameOffset(in: file) != nil }

    /// Opens `file` for reading: by its name when this folder holds it, else by its whole path; -1 with `errno`
    /// set when it cannot be opened.
    func openFile(_ file: String) -> Int32 {
        guard let offset = nameOffset(in: file) else { return Glibc.open(file, O_RDONLY) }
        return file.withCString { openat(descriptor, $0 + offset, O_RDONLY) }
    }

    /// Where the file name starts in `file` (UTF-8 offset) when the path is this folder's path, a `/`, and a
    /// name; nil otherwise.
    private func nameOffset(in file: String) -> Int? {
        var file = file
        var folder = path
        return file.withUTF8 { bytes in
            folder.withUTF8 { folderBytes in
                guard let slash = OpenFolder.lastSlash(in: bytes), slash == folderBytes.count,
                      UnsafeBufferPointer(rebasing: bytes[..<slash]).elementsEqual(folderBytes)
                else { return nil }
                return slash + 1
            }
        }
    }

    /// The offset of the last `/` in a path, when a file name follows it.
    private static func lastSlash(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let last = bytes.lastIndex(of: 0x2F), last + 1 < bytes.count else { return nil }
        return last
    }
}
