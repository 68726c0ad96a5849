# fish completion for mockround: subcommands, options, profile names (from
# `mockround profiles list --json`), round ids (from the rounds directory), sections.

function __mockround_profiles
    mockround profiles list --json 2>/dev/null | string match -rg '^\s*"name": "([^"]*)"'
end

function __mockround_sections
    mockround bank stats --json 2>/dev/null | string match -rg '^\s*"id": "([^"]*)"'
end

function __mockround_rounds
    set -l dir $XDG_DATA_HOME
    test -n "$dir"; or set dir $HOME/.local/share
    for f in $dir/mockround/rounds/*.yaml
        basename $f .yaml
    end
end

set -l commands run resume watch history show stats weak compare export plan report play audio bank profiles
complete -c mockround -f
complete -c mockround -n "not __fish_seen_subcommand_from $commands" -l color -xa "auto always never" -d Colour
complete -c mockround -n "not __fish_seen_subcommand_from $commands" -l version -d "Print the version"
complete -c mockround -s h -l help -d "Print help"
complete -c mockround -n "not __fish_seen_subcommand_from $commands" -a run -d "Play a timed mock interview round"
complete -c mockround -n "not __fish_seen_subcommand_from $commands" -a resume -d "Continue a round in progress"
complete -c mockround -n "not __fish_seen_subcommand_from $commands" -a watch -d "Follow a round live"
complete -c mockround -n "not __fish_seen_subcommand_from $commands" -a history -d "One line per round"
complete -c mockround -n "not __fish_seen_subcommand_from $commands" -a show -d "One round for reading"
complete -c mockround -n "not __fish_seen_subcommand_from $commands" -a stats -d "Statistics over time"
complete -c mockround -n "not __fish_seen_subcommand_from $commands" -a weak -d "The weakest questions and topics"
complete -c mockround -n "not __fish_seen_subcommand_from $commands" -a compare -d "Two rounds side by side"
complete -c mockround -n "not __fish_seen_subcommand_from $commands" -a export -d "Rounds as md, json, csv or anki"
complete -c mockround -n "not __fish_seen_subcommand_from $commands" -a play -d "Play back recorded answers"
complete -c mockround -n "not __fish_seen_subcommand_from $commands" -a audio -d "Check the microphone and speakers"
complete -c mockround -n "not __fish_seen_subcommand_from $commands" -a plan -d "The way to an interview date"
complete -c mockround -n "not __fish_seen_subcommand_from $commands" -a report -d "Progress as one HTML page"
complete -c mockround -n "not __fish_seen_subcommand_from $commands" -a bank -d "Browse and check the question bank"
complete -c mockround -n "not __fish_seen_subcommand_from $commands" -a profiles -d "List, show and check round profiles"

complete -c mockround -n "__fish_seen_subcommand_from run" -l profile -xa "(__mockround_profiles)" -d Profile
complete -c mockround -n "__fish_seen_subcommand_from run" -l seed -x -d "Seed for the draw"
complete -c mockround -n "__fish_seen_subcommand_from run" -l questions -x -d "Ask exactly this many"
complete -c mockround -n "__fish_seen_subcommand_from run" -l minutes -x -d "The round's length"
complete -c mockround -n "__fish_seen_subcommand_from run" -l budget -x -d "Budget per question: 90s, 2m30s"
complete -c mockround -n "__fish_seen_subcommand_from run" -l overtime -xa "continue advance" -d "At time-up"
complete -c mockround -n "__fish_seen_subcommand_from run bank" -l section -xa "(__mockround_sections)" -d Section
complete -c mockround -n "__fish_seen_subcommand_from run bank" -l level -xa "fresher mid senior" -d Level
complete -c mockround -n "__fish_seen_subcommand_from run" -l replay -xa "(__mockround_rounds)" -d "Ask an earlier round again"
complete -c mockround -n "__fish_seen_subcommand_from run" -l focus -xa "due weak new plan" -d "Go where it hurts"
complete -c mockround -n "__fish_seen_subcommand_from run" -l interviewer -d "The interviewer's console"
complete -c mockround -n "__fish_seen_subcommand_from run" -l self-score-too -d "The candidate scores too"
complete -c mockround -n "__fish_seen_subcommand_from run" -l dry-run -d "Print the plan; ask nothing"
complete -c mockround -n "__fish_seen_subcommand_from run resume" -l speak -d "Read questions aloud"
complete -c mockround -n "__fish_seen_subcommand_from run resume" -l no-speak -d "Do not read aloud"
complete -c mockround -n "__fish_seen_subcommand_from run resume" -l record -d "Record spoken answers"
complete -c mockround -n "__fish_seen_subcommand_from run resume" -l no-record -d "Do not record"
complete -c mockround -n "__fish_seen_subcommand_from run resume play audio" -l audio-device -x -d "ALSA device"
complete -c mockround -n "__fish_seen_subcommand_from run resume play" -l voice -x -d "espeak-ng voice"
complete -c mockround -n "__fish_seen_subcommand_from run resume" -l rate -x -d "Words a minute read aloud"
complete -c mockround -n "__fish_seen_subcommand_from play" -l question -d "Read each question aloud first"
complete -c mockround -n "__fish_seen_subcommand_from audio; and not __fish_seen_subcommand_from check" -xa check
complete -c mockround -n "__fish_seen_subcommand_from audio; and __fish_seen_subcommand_from check" -l seconds -x -d "How long to record"
complete -c mockround -n "__fish_seen_subcommand_from run bank profiles" -l json -d "Print JSON"
complete -c mockround -n "__fish_seen_subcommand_from resume watch show compare export play" -xa "(__mockround_rounds)"
complete -c mockround -n "__fish_seen_subcommand_from history stats weak show compare" -l json -d "Print JSON"
complete -c mockround -n "__fish_seen_subcommand_from history stats weak report" -l since -x -d "From this local day"
complete -c mockround -n "__fish_seen_subcommand_from history stats weak report" -l strict -d "Exit 3 on an unreadable transcript"
complete -c mockround -n "__fish_seen_subcommand_from history" -l profile -xa "(__mockround_profiles)" -d Profile
complete -c mockround -n "__fish_seen_subcommand_from stats" -l by -xa "section topic level kind" -d "Group by"
complete -c mockround -n "__fish_seen_subcommand_from stats" -l coverage -d "The coverage map of the bank"
complete -c mockround -n "__fish_seen_subcommand_from report" -s o -l output -rF -d "Write to this file"
complete -c mockround -n "__fish_seen_subcommand_from report" -l open -d "Open it in the browser"
complete -c mockround -n "__fish_seen_subcommand_from weak" -l limit -x -d "How many"
complete -c mockround -n "__fish_seen_subcommand_from plan" -l interview -x -d "The interview day (YYYY-MM-DD)"
complete -c mockround -n "__fish_seen_subcommand_from plan" -l profile -xa "(__mockround_profiles)" -d "The profile to cover"
complete -c mockround -n "__fish_seen_subcommand_from plan" -l per-day -x -d "Questions a day at most"
complete -c mockround -n "__fish_seen_subcommand_from plan" -l json -d "Print JSON"
complete -c mockround -n "__fish_seen_subcommand_from export" -l all -d "Every round"
complete -c mockround -n "__fish_seen_subcommand_from export" -l format -xa "md json csv anki" -d Format
complete -c mockround -n "__fish_seen_subcommand_from export" -s o -l output -rF -d "Write to this file"

set -l bank_commands list show search stats validate match import
complete -c mockround -n "__fish_seen_subcommand_from bank; and not __fish_seen_subcommand_from $bank_commands" -xa "list show search stats validate match import"
complete -c mockround -n "__fish_seen_subcommand_from bank; and __fish_seen_subcommand_from list" -l kind -xa "concept compare scenario coding design" -d Kind
complete -c mockround -n "__fish_seen_subcommand_from bank profiles; and __fish_seen_subcommand_from validate" -F
complete -c mockround -n "__fish_seen_subcommand_from bank; and __fish_seen_subcommand_from import" -F
complete -c mockround -n "__fish_seen_subcommand_from bank; and __fish_seen_subcommand_from import" -l name -x -d "Bank name"
complete -c mockround -n "__fish_seen_subcommand_from bank; and __fish_seen_subcommand_from import" -l prefix -x -d "Id prefix"
complete -c mockround -n "__fish_seen_subcommand_from bank; and __fish_seen_subcommand_from import" -l dry-run -d "Print, write nothing"
complete -c mockround -n "__fish_seen_subcommand_from bank; and __fish_seen_subcommand_from import" -l force -d "Replace an earlier import"

set -l profile_commands list show validate
complete -c mockround -n "__fish_seen_subcommand_from profiles; and not __fish_seen_subcommand_from $profile_commands" -xa "list show validate"
complete -c mockround -n "__fish_seen_subcommand_from profiles; and __fish_seen_subcommand_from show" -xa "(__mockround_profiles)"
