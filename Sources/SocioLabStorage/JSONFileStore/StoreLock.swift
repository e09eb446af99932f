import SocioLabKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The single-writer lock: an exclusive `flock(2)` on the store's `store.lock` file.
///
/// `flock` belongs to the open file description, so closing some other descriptor of the file (as
/// POSIX `fcntl` locks would) never releases it, and a second open in the same process conflicts like
/// one in another process. The holder writes its process id into the file so that a refused writer can
/// say who holds the store. The kernel releases the lock when the holder exits, however it exits.
///
/// Not `Sendable`: `release()` changes `descriptor`. Its one owner, a ``JSONFileStore``, calls `release()`
/// only while holding the store's `mutex` (in `close()`) or from its `deinit`, when no other thread can
/// reach either object.
final class StoreLock {
    /// The lock file's name.
    static let fileName = "store.lock"
    private var descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    deinit { release() }

    /// Takes the lock, waiting up to `timeout` seconds for another writer to let go.
    /// - Throws: `store.locked` naming the holder's pid when the lock stays taken; `store.io` otherwise.
    static func acquire(in directory: DirectoryHandle, timeout: Double) throws(SocioLabError) -> StoreLock {
        guard let fd = try directory.openFile(fileName, flags: O_RDWR, create: true) else {
            throw SocioLabError(
                .storeIO, "cannot create the lock file", at: .init(file: directory.display(fileName)))
        }
        var waited = 0.0
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            guard code == EWOULDBLOCK else {
                _ = close(fd)
                throw DirectoryHandle.ioError(
                    "cannot lock the store", path: directory.display(fileName), errno: code)
            }
            if waited >= timeout {
                let holder = holderDescription(fd)
                _ = close(fd)
                throw SocioLabError(
                    .storeLocked,
                    "the store is being written by \(holder); wait for it to finish, or open the store read-only",
                    at: .init(file: directory.path))
            }
            let step = min(0.01, timeout - waited)
            usleep(useconds_t(max(step, 0.001) * 1_000_000))
            waited += max(step, 0.001)
        }
        let text = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = text.withUnsafeBytes { DirectoryHandle.write(fd, $0, at: 0) }
        return StoreLock(descriptor: fd)
    }

    private static func holderDescription(_ fd: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 32)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, 0) }
        let text = n > 0 ? String(decoding: buffer[0..<n], as: UTF8.self) : ""
        let digits = text.prefix { $0.isNumber }
        return digits.isEmpty ? "another process" : "process \(digits)"
    }

    /// Lets go of the lock (and clears the pid from the file).
    func release() {
        guard descriptor >= 0 else { return }
        _ = ftruncate(descriptor, 0)
        _ = close(descriptor)
        descriptor = -1
    }
}
