import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A whole file read straight into a byte array: one copy of a multi-megabyte model, not two
/// (as `Data` and then `[UInt8]`).
enum FileBytes {
  /// The file's bytes, or nil if it cannot be opened or read.
  static func read(_ path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_size >= 0 else { return nil }
    let size = Int(status.st_size)
    var failed = false
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      count = 0
      while count < size {
        let read = Glibc.read(descriptor, buffer.baseAddress! + count, size - count)
        if read < 0 && errno == EINTR { continue }
        guard read > 0 else {
          failed = read < 0
          break
        }
        count += read
      }
    }
    return failed ? nil : bytes
  }
}
