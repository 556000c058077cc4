"""`phrasebook show|set|export|import`: the reasons decisions give the subject, per article, in
Latvian and English. Editing is the administrator's (the DPO's); every save is a new version."""

from __future__ import annotations

from pathlib import Path

from smarttek_dsar.cli.admin_commands import open_services
from smarttek_dsar.cli.output import print_json, print_table
from smarttek_dsar.cli.session import sign_in
from smarttek_dsar.services.errors import NotFound


def register(commands) -> None:
    book = commands.add_parser(
        "phrasebook", help="the reasons decisions give the subject (per article, LV and EN)"
    ).add_subparsers(dest="phrasebook_command", metavar="ACTION", required=True)
    p = book.add_parser("show", help="every entry, or one")
    p.add_argument("key", nargs="?", help="e.g. 17(3)(b)")
    p.add_argument("--lang", choices=("lv", "en"), help="only this language")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = book.add_parser("set", help="change one entry in one language (administrator)")
    p.add_argument("key")
    p.add_argument("--lang", choices=("lv", "en"), required=True)
    p.add_argument("--text", required=True, help="{keep_until} stands for the date kept until")
    p.set_defaults(handler=cmd_set)

    p = book.add_parser("export", help="write the phrasebook in force as a TOML file")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_export)

    p = book.add_parser("import", help="replace the phrasebook with an edited TOML file "
                        "(administrator)")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_import)


def cmd_show(args) -> int:
    current = open_services(args).phrasebook.current()
    phrases = current.phrasebook.phrases
    keys = [args.key] if args.key else list(phrases)
    if args.key and args.key not in phrases:
        raise NotFound(f"The phrasebook has no entry '{args.key}'.")
    languages = [args.lang] if args.lang else ["lv", "en"]
    if args.json:
        print_json({"version": current.version,
                    "phrases": {k: {lang: phrases[k].in_language(lang) for lang in languages}
                                for k in keys}})
        return 0
    origin = "shipped default" if current.version == 0 else f"version {current.version}"
    print(f"Phrasebook ({origin})")
    print_table(["KEY", "LANG", "TEXT"],
                [(k, lang, phrases[k].in_language(lang)) for k in keys for lang in languages])
    return 0


def cmd_set(args) -> int:
    services = open_services(args)
    saved = services.phrasebook.set_text(sign_in(services, args.user), args.key, args.lang,
                                         args.text)
    print(f"Phrasebook entry {args.key} ({args.lang}) saved as version {saved.version}.")
    return 0


def cmd_export(args) -> int:
    args.file.write_text(open_services(args).phrasebook.export_text(), encoding="utf-8")
    print(f"Phrasebook written to {args.file}.")
    return 0


def cmd_import(args) -> int:
    services = open_services(args)
    text = args.file.read_text(encoding="utf-8")
    saved = services.phrasebook.import_text(sign_in(services, args.user), text)
    print(f"Phrasebook imported as version {saved.version}.")
    return 0
