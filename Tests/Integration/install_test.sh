#!/usr/bin/env bash
# Installs lede (the debug build) into a temporary prefix with Scripts/install, copies the
# prefix elsewhere and runs it from /: the seed article loads as German with its date, the
# manual page renders, the bash completion loads, and without its data lede stops at start-up
# with one clear line (exit status 78), never a silent fallback.
set -uo pipefail
# The installed copy must find its data by itself, whatever the caller's environment says.
unset LEDE_DATA
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
# Checks read text with `grep -q PATTERN <<< "$text"`, never `echo "$text" | grep -q`: under
# pipefail the echo can die of SIGPIPE once grep has matched and left, failing a passing check.
check() {  # check NAME CONDITION-STATUS DETAIL
  if [ "$2" -eq 0 ]; then echo "PASS $1"; else echo "FAIL $1: $3"; failures=$((failures + 1)); fi
}

"$root/Scripts/install" --debug "$work/prefix" > "$work/install.log" 2>&1
check install $? "$(tail -5 "$work/install.log")"
cp -R "$work/prefix" "$work/copy"
lede="$work/copy/bin/lede"

info="$(cd / && "$lede" --format json -c "load $root/Examples/articles/putin-kim-pjoengjang.de.txt" -c info 2>&1 | tail -1)"
grep -q '"date":"2024-06"' <<< "$info" && grep -q '"language":"de"' <<< "$info"
check seed_loads_from_a_copied_prefix $? "$info"

script="$(cd / && "$lede" -q -f "$root/Examples/scripts/who.lede" 2>&1)"
check script_paths_start_at_its_folder $? "$(echo "$script" | tail -3)"

first="$(cd / && "$lede" --format json -c "tutorial 1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["type"][0])')"
loaded="$(cd / && "$lede" --format json -c "$first" 2>&1 | tail -1)"
grep -q '"name":"putin-kim-pjoengjang"' <<< "$loaded"
check tutorial_works_from_any_directory $? "$first: $loaded"

page="$(MANWIDTH=100 man -l "$work/copy/share/man/man1/lede.1" 2>&1)"
grep -q "^COMMANDS" <<< "$page" && grep -q "who \[NAME...\]" <<< "$page" && grep -q "lede batch" <<< "$page"
check man_page_renders $? "$(echo "$page" | head -5)"

completion="$(bash -c "source '$work/copy/share/bash-completion/completions/lede' && complete -p lede" 2>&1)"
grep -q "lede$" <<< "$completion"
check bash_completion_loads $? "$completion"

message="$(cd / && LEDE_DATA="$work/nowhere" "$lede" -c quit 2>&1)"
status=$?
[ $status -eq 78 ] && [ "$(echo "$message" | wc -l)" -eq 1 ] && grep -q "LEDE_DATA" <<< "$message"
check missing_data_is_one_error_at_start $? "status $status: $message"

mkdir "$work/alone" && cp "$lede" "$work/alone/lede"
message="$(cd / && "$work/alone/lede" -c quit 2>&1)"
status=$?
[ $status -eq 78 ] && grep -q "share/lede" <<< "$message"
check binary_without_its_data_says_so $? "status $status: $message"

[ $failures -eq 0 ] && echo "install test passed" || echo "install test: $failures failed"
exit $((failures > 0))
