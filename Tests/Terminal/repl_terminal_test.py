#!/usr/bin/env python3
"""Drives the real lede REPL in a tmux pane and checks what a user sees.

    python3 Tests/Terminal/repl_terminal_test.py --lede .build/debug/lede

Checks: prompt, TAB completion of a command and of a path, the prompt naming the loaded
article, a line continued after `\\`, history recall with Up, Ctrl-C on a half-typed line, a
misspelt command and its suggestion, no colour under NO_COLOR, Ctrl-D exit status 0, history kept across runs; an
article's escape sequences leave the screen and window title alone; help and kwic fit
the width and `set expanded on` shows blocks; Ctrl-C stops a running
analysis and a regular expression (twice in a row too) and keeps what was loaded.
Prints one line per check and exits 1 if any failed. Needs tmux and Python 3 (stdlib only).
"""
import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROMPT = re.compile(r"^lede(\[[^\]]*\])?> ")


class Pane:
    """One lede process in a private tmux server."""

    def __init__(self, lede, home, status_file):
        self.socket = "lede-test-%d-%d" % (os.getpid(), int(time.time() * 1000) % 100000)
        env = {"HOME": home, "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "TERM": "screen",
               "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "NO_COLOR": "1",
               # Long output goes through the pager on a terminal: this one says it was used.
               "PAGER": "cat; echo PAGED-BY-TEST"}
        script = os.path.join(home, "run-%s.sh" % self.socket)
        with open(script, "w") as handle:
            # The shell catches Ctrl-C (lede gets it too) so that it lives to write lede's status.
            handle.write("trap : INT\ncd %s\nenv -i %s %s\necho $? > %s\n" % (
                shlex.quote(ROOT), " ".join(shlex.quote("%s=%s" % item) for item in sorted(env.items())),
                shlex.quote(lede), shlex.quote(status_file)))
        self.tmux("new-session", "-d", "-s", "t", "-x", "100", "-y", "30", "sh " + shlex.quote(script))
        self.tmux("set-option", "-t", "t", "remain-on-exit", "on")

    def tmux(self, *args):
        return subprocess.run(["tmux", "-L", self.socket] + list(args), capture_output=True, text=True,
                              timeout=10).stdout

    def enter(self, command):
        """Types a command line and presses Enter."""
        self.type(command)
        self.keys("Enter")

    def keys(self, *keys, literal=False):
        self.tmux("send-keys", "-t", "t", *(["-l"] if literal else []), *keys)

    def screen(self, escapes=False):
        return self.tmux("capture-pane", "-p", "-J", *(["-e"] if escapes else []), "-S", "-", "-t", "t")

    def last_line(self):
        lines = [line for line in self.screen().split("\n") if line.strip()]
        return lines[-1] if lines else ""

    def wait(self, predicate, timeout=5.0):
        end = time.time() + timeout
        while time.time() < end:
            if predicate():
                return True
            time.sleep(0.05)
        return predicate()

    def input_line(self):
        """The text after the prompt on the last line, or None when it is no prompt."""
        line = self.last_line()
        match = PROMPT.match(line)
        return None if match is None else line[match.end():]

    def type(self, text):
        self.keys(text, literal=True)
        self.wait(lambda: (self.input_line() or "").endswith(text.strip()), 2)

    def clear(self):
        self.keys("C-e")
        self.keys("C-u")
        self.wait(lambda: self.input_line() == "", 2)

    def close(self):
        self.tmux("kill-server")


def check_fits_the_terminal(pane, check):
    """`help` and `kwic` fit the 100 columns, `help` the 80 columns of a narrower window too (the
    screen is read with wrapped lines joined), and `set expanded on` shows a block per row."""
    for command, name, done, width in (("help", "help_fits", "commands)", 100), ("kwic Putin", "kwic_fits", "matches)", 100),
                                       ("help", "help_fits_80_columns", "commands)", 80)):
        pane.tmux("resize-window", "-t", "t", "-x", str(width))
        time.sleep(0.2)
        before = pane.screen().count(done)
        pane.enter(command)
        pane.wait(lambda: pane.screen().count(done) > before and pane.input_line() == "")
        lines = pane.screen().split("\n")
        start = max(i for i, line in enumerate(lines) if line.endswith("> " + command))
        long = [line for line in lines[start + 1:] if len(line) > width]
        check(name, not long and pane.screen().count(done) > before, repr(long[:2]))
    pane.tmux("resize-window", "-t", "t", "-x", "100")
    pane.enter("set expanded on")
    pane.enter("articles")
    check("expanded_view", pane.wait(lambda: "-[ RECORD 1 ]-" in pane.screen() and pane.input_line() == ""),
          repr(pane.screen()[-300:]))
    pane.enter("set expanded off")


def check_hostile_article(pane, home, check):
    """An article that sets the window title and clears the screen does neither when shown."""
    path = os.path.join(home, "hostile.txt")
    with open(path, "w") as handle:
        handle.write("Title\x1b]0;PWNED\x07 here.\n\nText \x1b[2J\x1b[?1049h\x1b[?25l cleared? No.\n")
    pane.enter("load " + path)
    pane.wait(lambda: "hostile" in pane.screen() and pane.input_line() == "")
    pane.enter("show")
    shown = pane.wait(lambda: "cleared?" in pane.screen() and pane.input_line() == "")
    title = pane.tmux("display-message", "-p", "-t", "t", "#{pane_title}").strip()
    alternate = pane.tmux("display-message", "-p", "-t", "t", "#{alternate_on}").strip()
    check("article_escapes_inert", shown and "PWNED" not in title and alternate == "0"
          and "Thomson Reuters" in pane.screen(), "title %r, alternate screen %r" % (title, alternate))


def check_ctrl_c_stops_commands(pane, home, check):
    """Ctrl-C ends `who` on a long article, `who --all` (on all cores), and a runaway regular
    expression, and lede goes on."""
    path = os.path.join(home, "long.txt")
    with open(os.path.join(ROOT, "Examples", "articles", "putin-kim-pjoengjang.de.txt")) as handle:
        body = handle.read().split("\n\n", 1)[1]
    with open(path, "w") as handle:
        handle.write("\n\n".join([body] * 150))
    pane.enter("load " + path)
    pane.wait(lambda: "long" in pane.screen() and pane.input_line() == "", 20)
    for command, name in (("who", "ctrl_c_stops_analysis"), ("who --all", "ctrl_c_stops_corpus_analysis"),
                          ("kwic '/(.*)*xyz/'", "ctrl_c_stops_regex")):
        before = pane.screen().count("error: interrupted")
        pane.enter(command)
        time.sleep(0.3)
        pane.keys("C-c")
        time.sleep(0.05)
        pane.keys("C-c")
        stopped = pane.wait(lambda: pane.screen().count("error: interrupted") == before + 1 and pane.input_line() == "", 3)
        check(name, stopped, repr(pane.screen()[-300:]))
    pane.enter("articles")
    check("ctrl_c_keeps_articles", pane.wait(lambda: "(3 articles)" in pane.screen() and pane.input_line() == ""),
          repr(pane.screen()[-300:]))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lede", required=True)
    lede = os.path.abspath(parser.parse_args().lede)
    if not shutil.which("tmux"):
        print("tmux is missing (Scripts/setup --test installs it)")
        return 2
    home = tempfile.mkdtemp(prefix="lede-terminal-")
    status_file = os.path.join(home, "status")
    results = []

    def check(name, ok, detail=""):
        results.append(ok)
        print(("PASS %s" % name) if ok else ("FAIL %s: %s" % (name, detail)), flush=True)

    pane = Pane(lede, home, status_file)
    try:
        check("prompt", pane.wait(lambda: pane.input_line() == ""), repr(pane.last_line()))
        pane.type("artic")
        pane.keys("Tab")
        check("complete_command", pane.wait(lambda: pane.input_line() == "articles "), repr(pane.last_line()))
        pane.clear()
        pane.type("load Examples/articles/putin")
        pane.keys("Tab")
        expected = "load Examples/articles/putin-kim-pjoengjang.de.txt "
        check("complete_path", pane.wait(lambda: pane.input_line() == expected), repr(pane.last_line()))
        pane.keys("Enter")
        check("prompt_after_load", pane.wait(lambda: pane.last_line().startswith("lede> ") and "(1 article)" in pane.screen()),
              repr(pane.last_line()))
        pane.enter("info")
        check("command_runs", pane.wait(lambda: "Thomson Reuters" in pane.screen() and pane.input_line() == ""),
              repr(pane.screen()[-300:]))
        pane.enter("kwic \\")
        pane.wait(lambda: pane.last_line().startswith(" ...> "), 2)
        pane.keys("Kim", "Enter")
        check("backslash_continues_line", pane.wait(lambda: "matches)" in pane.screen() and pane.input_line() == ""),
              repr(pane.screen()[-300:]))
        pane.enter("info")
        pane.wait(lambda: pane.input_line() == "")
        pane.keys("Up")
        check("history_recall", pane.wait(lambda: pane.input_line() == "info"), repr(pane.last_line()))
        pane.clear()
        pane.enter("show")
        check("long_output_paged", pane.wait(lambda: "PAGED-BY-TEST" in pane.screen() and pane.input_line() == ""),
              repr(pane.screen()[-300:]))
        pane.enter("show 1")
        check("short_output_not_paged", pane.wait(lambda: pane.screen().count("Bei seinem ersten Besuch") == 2
                                                  and pane.input_line() == "") and pane.screen().count("PAGED-BY-TEST") == 1,
              repr(pane.screen()[-300:]))
        check_fits_the_terminal(pane, check)
        check_hostile_article(pane, home, check)
        check_ctrl_c_stops_commands(pane, home, check)
        pane.clear()
        pane.type("load half_typed_zzq")
        pane.keys("C-c")
        ok = pane.wait(lambda: pane.input_line() == "")
        check("ctrl_c_drops_line", ok and "zzq: no such file" not in pane.screen() and not os.path.exists(status_file),
              repr(pane.screen()[-300:]))
        pane.enter("artcles")
        check("suggestion", pane.wait(lambda: "did you mean 'articles'?" in pane.screen() and pane.input_line() == ""),
              repr(pane.screen()[-300:]))
        colours = re.findall(r"\x1b\[[0-9;]*m", pane.screen(escapes=True))
        check("no_colour", not [code for code in colours if code not in ("\x1b[0m", "\x1b[m")], repr(colours[:5]))
        pane.keys("C-d")
        ok = pane.wait(lambda: os.path.exists(status_file) and open(status_file).read().strip() != "")
        status = open(status_file).read().strip() if ok else "none"
        check("ctrl_d_exits_0", status == "0", "exit status %s" % status)
    finally:
        pane.close()

    os.remove(status_file) if os.path.exists(status_file) else None
    pane = Pane(lede, home, status_file)
    try:
        pane.wait(lambda: pane.input_line() == "")
        pane.keys("Up")
        check("history_persists", pane.wait(lambda: pane.input_line() == "artcles"), repr(pane.last_line()))
    finally:
        pane.close()
    shutil.rmtree(home, ignore_errors=True)
    failed = results.count(False)
    print("%d passed, %d failed" % (len(results) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
