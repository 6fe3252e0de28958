#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain POSIX reads and directory walks: the input path of a filter that must keep up with its input.
enum RawFiles {
    /// Why a file could not be read.
    struct ReadError: Error {
        var reason: String
    }

    /// Bytes read at a time from a file whose size is not asked for: more than most documents, and far below the
    /// most one read(2) returns.
    static let chunkBytes = 1 << 16

    /// The whole file as bytes; opened by name in `folder` when that is open already. `regular` says the folder
    /// walk saw a regular file: the file is then read in chunks without asking its size (one fstat less), and
    /// the first read that comes back short is its end.
    static func read(_ path: String, in folder: OpenFolder? = nil, regular: Bool = false) throws(ReadError) -> [UInt8] {
        let fd = folder?.openFile(path) ?? open(path, O_RDONLY)
        guard fd >= 0 else { throw ReadError(reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var isRegular = regular
        var size: Int?
        if !regular {
            var st = stat()
            guard fstat(fd, &st) == 0 else { throw ReadError(reason: String(cString: strerror(errno))) }
            if (st.st_mode & S_IFMT) == S_IFDIR { throw ReadError(reason: "is a folder") }
            isRegular = (st.st_mode & S_IFMT) == S_IFREG
            size = max(Int(st.st_size), 0)
        }
        var out: [UInt8] = []
        var capacity = size.map { $0 + 1 } ?? chunkBytes
        while true {
            // Read straight into the array's spare capacity; grow when the file was larger than stat said.
            var failure: Int32 = 0
            var buffer = [UInt8](unsafeUninitializedCapacity: capacity) { buf, count in
                var filled = 0
                var reads = 0
                while filled < buf.count {
                    // A regular file whose first read gave exactly the size stat reported, and not the byte asked
                    // for beyond it, is at its end: no second read to hear so.
                    if isRegular, out.isEmpty, reads == 1, filled == size, filled > 0 { break }
                    let asked = buf.count - filled
                    let n = Glibc.read(fd, buf.baseAddress! + filled, asked)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        break
                    }
                    if n == 0 { break }
                    filled += n
                    reads += 1
                    // So is a regular file whose read of a chunk came back short.
                    if regular, n < asked { break }
                }
                count = filled
            }
            if failure != 0 { throw ReadError(reason: String(cString: strerror(failure))) }
            let full = buffer.count == capacity
            if out.isEmpty { swap(&out, &buffer) } else { out.append(contentsOf: buffer) }
            if !full { return out }
            capacity = max(capacity, chunkBytes)
        }
    }

    /// What a path is.
    enum Kind { case file, folder, missing }

    static func kind(of path: String) -> Kind {
        var st = stat()
        guard stat(path, &st) == 0 else { return .missing }
        return (st.st_mode & S_IFMT) == S_IFDIR ? .folder : .file
    }

    /// A file the folder walk found: its path, and whether its folder entry said it is a regular file.
    struct FoundFile: Equatable {
        var path: String
        var isRegular: Bool
    }

    /// Every file below `folder` (recursively) whose name passes `wanted`, as paths joined to `folder`, sorted.
    static func files(under folder: String, wanted: (String) -> Bool) -> [FoundFile] {
        var result: [FoundFile] = []
        var pending = [folder]
        // Entry names are read in place up to their NUL: glibc packs entries tightly, so copying the whole
        // declared 256-byte field would read past the end of the directory buffer.
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 0
        while let dir = pending.popLast() {
            guard let handle = opendir(dir) else { continue }
            let prefix = dir.hasSuffix("/") ? dir : dir + "/"
            while let entry = readdir(handle) {
                let namePointer = UnsafeRawPointer(entry).advanced(by: nameOffset).assumingMemoryBound(to: CChar.self)
                let name = String(decoding: UnsafeRawBufferPointer(start: namePointer, count: strlen(namePointer)),
                                  as: UTF8.self)
                if name == "." || name == ".." { continue }
                let path = prefix + name
                var isDir = entry.pointee.d_type == UInt8(DT_DIR)
                if entry.pointee.d_type == UInt8(DT_UNKNOWN) || entry.pointee.d_type == UInt8(DT_LNK) {
                    isDir = kind(of: path) == .folder
                }
                if isDir {
                    pending.append(path)
                } else if wanted(name) {
                    result.append(FoundFile(path: path, isRegular: entry.pointee.d_type == UInt8(DT_REG)))
                }
            }
            closedir(handle)
        }
        return sortedOrder(result.map(\.path)).map { result[$0] }
    }

    /// The order that sorts `paths` in String order (indices into `paths`): when every path is ASCII, where String
    /// order is byte order, their bytes are laid end to end in one buffer and compared with memcmp (far cheaper
    /// than comparing Strings); otherwise the Strings are compared.
    static func sortedOrder(_ paths: [String]) -> [Int] {
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(paths.count)
        for path in paths {
            let start = bytes.count
            bytes.append(contentsOf: path.utf8)
            ranges.append(start..<bytes.count)
        }
        guard bytes.reduce(0, |) < 0x80 else { return paths.indices.sorted { paths[$0] < paths[$1] } }
        return bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            return paths.indices.sorted { i, j in
                let a = ranges[i], b = ranges[j]
                let common = memcmp(base + a.lowerBound, base + b.lowerBound, min(a.count, b.count))
                return common < 0 || (common == 0 && a.count < b.count)
            }
        }
    }
}
