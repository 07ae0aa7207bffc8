import Foundation
import LedeShell

/// The flags of an ArgumentParser command as the manual page lists them, read from the help
/// ArgumentParser dumps (`_dumpHelp`): the same declarations `--help` shows.
enum ManPageFlags {
  static func of(_ dump: String) -> [ManPage.Flag] {
    guard let object = try? JSONSerialization.jsonObject(with: Data(dump.utf8)) as? [String: Any],
      let command = object["command"] as? [String: Any], let arguments = command["arguments"] as? [[String: Any]]
    else { return [] }
    return arguments.compactMap { argument in
      guard argument["shouldDisplay"] as? Bool ?? true, let help = argument["abstract"] as? String else { return nil }
      let names = (argument["names"] as? [[String: Any]] ?? []).compactMap { name -> String? in
        guard let text = name["name"] as? String else { return nil }
        return (name["kind"] as? String == "long" ? "--" : "-") + text
      }
      let value = (argument["kind"] as? String) == "flag" ? "" : " " + (argument["valueName"] as? String ?? "VALUE").uppercased()
      let forms = names.isEmpty ? (argument["valueName"] as? String ?? "").uppercased() + "..." : names.joined(separator: ", ") + value
      return ManPage.Flag(forms: forms, help: help)
    }
  }
}
