import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Shows long output through the user's pager, as psql does: `$PAGER`, or `less -R` (which
/// keeps colours). Only ever used when standard output is a terminal.
public enum Pager {
  /// The pager command: `PAGER` when set and not empty, else `less -R`.
  public static func command(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    if let pager = environment["PAGER"], !pager.trimmingCharacters(in: .whitespaces).isEmpty { return pager }
    return "less -R"
  }

  /// Runs the pager through `/bin/sh -c` with `text` on its standard input and waits for it.
  /// Returns false when it could not be started (the caller then writes the text itself).
  public static func show(_ text: String, command: String = command()) -> Bool {
    var pipeEnds: [Int32] = [0, 0]
    guard pipe(&pipeEnds) == 0 else { return false }
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[0], STDIN_FILENO)
    posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
    var process: pid_t = 0
    let arguments = ["/bin/sh", "-c", command]
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let spawned = posix_spawn(&process, "/bin/sh", &actions, nil, &argv, environ)
    close(pipeEnds[0])
    guard spawned == 0 else {
      close(pipeEnds[1])
      return false
    }
    // The user may quit the pager before reading everything: a closed pipe is no error.
    let previous = signal(SIGPIPE, SIG_IGN)
    _ = Shell.writeAll(text, to: pipeEnds[1])
    close(pipeEnds[1])
    var status: Int32 = 0
    while waitpid(process, &status, 0) < 0 && errno == EINTR {}
    signal(SIGPIPE, previous)
    return true
  }
}
