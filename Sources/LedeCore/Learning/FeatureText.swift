#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whether the feature names built on the current thread keep their text. Only explanations
/// and error studies read a name's text: a model weighs its hash, and a name conjoined with
/// another is hashed from the two hash states. So decisions nobody will explain build names
/// without copying their text (`withoutText`), which saves a copy for every piece of every
/// name. A thread's setting, not a task's: names are built in synchronous code, and a task-local
/// value cost more to read than the copy it saves.
public enum FeatureText {
  /// The key of the thread-specific setting: set (to any non-nil value) while names go without text.
  private static let key: pthread_key_t = {
    var key = pthread_key_t()
    precondition(pthread_key_create(&key, nil) == 0, "no thread-specific key for feature names")
    return key
  }()

  /// Whether names built now keep their text (they do unless inside `withoutText`).
  static var isKept: Bool { pthread_getspecific(key) == nil }

  /// Runs `body` with the feature names it builds on this thread keeping no text; hashes are
  /// the same, `description` is empty.
  public static func withoutText<Result>(_ body: () throws -> Result) rethrows -> Result {
    try with(UnsafeRawPointer(bitPattern: 1), body)
  }

  /// Runs `body` with the feature names it builds keeping their text, as names that go inside
  /// other names must (`"\(kind)|\(observation)"`: the inner name's text is hashed again).
  static func withText<Result>(_ body: () throws -> Result) rethrows -> Result {
    try with(nil, body)
  }

  private static func with<Result>(_ setting: UnsafeRawPointer?, _ body: () throws -> Result) rethrows -> Result {
    let previous = pthread_getspecific(key)
    pthread_setspecific(key, setting)
    defer { pthread_setspecific(key, previous) }
    return try body()
  }
}
