#if canImport(Glibc)
  import Glibc
#endif

/// Which file on disk, in which state: device, inode, size and modification time. The same file
/// reached by another path (relative, through a symlink) has the same identity; a file written
/// since has another.
struct FileIdentity: Hashable {
  let device: UInt64
  let inode: UInt64
  let size: Int64
  let modified: Int

  init(_ status: stat) {
    device = UInt64(status.st_dev)
    inode = UInt64(status.st_ino)
    size = Int64(status.st_size)
    modified = Int(status.st_mtim.tv_sec) &* 1_000_000_000 &+ Int(status.st_mtim.tv_nsec)
  }
}
