#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One run at a time: an exclusive `flock` on a lock file, released when the process ends or the lock is freed.
public final class RunLock {
    private let fd: Int32
    public let path: String

    /// Another run holds the lock.
    public struct Busy: Error, Equatable {
        public var path: String
    }

    /// Takes the lock, waiting for it when `wait` is true; throws `Busy` otherwise when another run holds it.
    public init(path: String, wait: Bool) throws(Busy) {
        self.path = path
        let fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Busy(path: path) }
        while flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
            if errno == EINTR { continue }
            close(fd)
            throw Busy(path: path)
        }
        self.fd = fd
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
