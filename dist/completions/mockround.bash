# bash completion for mockround                                    -*- shell-script -*-
# Profile names come from `mockround profiles list --json` (shipped and the user's), round ids
# from the rounds directory, sections from `mockround bank stats --json`.

_mockround_json_values() {  # the values of "KEY": "VALUE" lines of a JSON document on stdin
    sed -n "s/^ *\"$1\": \"\\([^\"]*\\)\".*/\\1/p"
}

_mockround_rounds() {
    local dir="${XDG_DATA_HOME:-$HOME/.local/share}/mockround/rounds" f
    for f in "$dir"/*.yaml; do
        [[ -e $f ]] && f="${f##*/}" && printf '%s\n' "${f%.yaml}"
    done
}

_mockround() {
    local cur prev words cword
    _init_completion 2>/dev/null || {
        cur="${COMP_WORDS[COMP_CWORD]}"
        prev="${COMP_WORDS[COMP_CWORD - 1]}"
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    }
    local cmd="" sub="" i
    for ((i = 1; i < cword; i++)); do
        case "${words[i]}" in
            --color) ((i++)) ;;
            -*) ;;
            *) if [[ -z $cmd ]]; then cmd="${words[i]}"; elif [[ -z $sub ]]; then sub="${words[i]}"; fi ;;
        esac
    done
    local opts
    case "$prev" in
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --profile) COMPREPLY=($(compgen -W "$(mockround profiles list --json 2>/dev/null | _mockround_json_values name)" -- "$cur")); return ;;
        --replay) COMPREPLY=($(compgen -W "$(_mockround_rounds)" -- "$cur")); return ;;
        --overtime) COMPREPLY=($(compgen -W "continue advance" -- "$cur")); return ;;
        --focus) COMPREPLY=($(compgen -W "due weak new plan" -- "$cur")); return ;;
        --by) COMPREPLY=($(compgen -W "section topic level kind" -- "$cur")); return ;;
        --format) COMPREPLY=($(compgen -W "md json csv anki" -- "$cur")); return ;;
        -o|--output) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        --level) COMPREPLY=($(compgen -W "fresher mid senior" -- "$cur")); return ;;
        --kind) COMPREPLY=($(compgen -W "concept compare scenario coding design" -- "$cur")); return ;;
        --section) COMPREPLY=($(compgen -W "$(mockround bank stats --json 2>/dev/null | _mockround_json_values id)" -- "$cur")); return ;;
        --seed|--questions|--minutes|--budget|--since|--limit|--interview|--per-day|--audio-device|--voice|--rate|--seconds) return ;;
    esac
    case "$cmd" in
        "") opts="run resume watch history show stats weak compare export plan report play audio bank profiles --color --version --help" ;;
        run) opts="--profile --seed --questions --minutes --budget --overtime --section --level --replay --focus --interviewer --self-score-too --speak --no-speak --record --no-record --audio-device --voice --rate --dry-run --json --help" ;;
        history) opts="--since --profile --strict --json --help" ;;
        stats) opts="--by --coverage --since --strict --json --help" ;;
        report) opts="--output --since --strict --open --help" ;;
        weak) opts="--limit --since --strict --json --help" ;;
        plan) opts="--interview --profile --per-day --json --help" ;;
        export)
            if [[ $cur != -* ]]; then COMPREPLY=($(compgen -W "$(_mockround_rounds)" -- "$cur")); return; fi
            opts="--all --format --output --help" ;;
        show|compare)
            if [[ $cur != -* ]]; then COMPREPLY=($(compgen -W "$(_mockround_rounds)" -- "$cur")); return; fi
            opts="--json --help" ;;
        resume)
            if [[ $cur != -* ]]; then COMPREPLY=($(compgen -W "$(_mockround_rounds)" -- "$cur")); return; fi
            opts="--speak --no-speak --record --no-record --audio-device --voice --rate --help" ;;
        watch)
            if [[ $cur != -* ]]; then COMPREPLY=($(compgen -W "$(_mockround_rounds)" -- "$cur")); return; fi
            opts="--help" ;;
        play)
            if [[ $cur != -* ]]; then COMPREPLY=($(compgen -W "$(_mockround_rounds)" -- "$cur")); return; fi
            opts="--question --audio-device --voice --help" ;;
        audio)
            case "$sub" in
                "") opts="check --help" ;;
                check) opts="--audio-device --seconds --help" ;;
            esac ;;
        bank)
            case "$sub" in
                "") opts="list show search stats validate match import --help" ;;
                list) opts="--section --level --kind --json --help" ;;
                show|search|stats|match) opts="--json --help" ;;
                validate) _filedir yaml 2>/dev/null || COMPREPLY=($(compgen -f -- "$cur")); return ;;
                import)
                    if [[ $cur != -* ]]; then _filedir 2>/dev/null || COMPREPLY=($(compgen -f -- "$cur")); return; fi
                    opts="--name --prefix --dry-run --force --help" ;;
            esac ;;
        profiles)
            case "$sub" in
                "") opts="list show validate --help" ;;
                list) opts="--json --help" ;;
                show)
                    if [[ $cur != -* ]]; then COMPREPLY=($(compgen -W "$(mockround profiles list --json 2>/dev/null | _mockround_json_values name)" -- "$cur")); return; fi
                    opts="--json --help" ;;
                validate) _filedir yaml 2>/dev/null || COMPREPLY=($(compgen -f -- "$cur")); return ;;
            esac ;;
    esac
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
}
complete -F _mockround mockround
