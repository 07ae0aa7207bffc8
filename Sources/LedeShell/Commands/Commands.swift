/// Every command of the shell, in the order `help` lists them. Completion, `help`,
/// `--dump-commands` and "did you mean" all read this list.
public enum Commands {
  public static let all: [any ShellCommand.Type] = [
    LoadCommand.self,
    ArticlesCommand.self,
    UseCommand.self,
    InfoCommand.self,
    TextCommand.self,
    SentencesCommand.self,
    QuotesCommand.self,
    SpeakersCommand.self,
    WhoCommand.self,
    TimelineCommand.self,
    ShowCommand.self,
    KwicCommand.self,
    FreqCommand.self,
    KeywordsCommand.self,
    StatsCommand.self,
    CompareCommand.self,
    ExportCommand.self,
    TutorialCommand.self,
    SetCommand.self,
    ExpectCommand.self,
    SourceCommand.self,
    HelpCommand.self,
    QuitCommand.self,
  ]
}
