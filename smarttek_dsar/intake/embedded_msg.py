"""An Outlook item attached inside a .msg, saved as a .msg of its own: the original of what the
desk also converts to an .eml (msg_item.OutlookItem.as_eml), so that nothing the item held is
lost in the conversion (named properties, RTF, Outlook-only fields, the exact strings).

Inside a .msg the attached item is a storage of the outer file (MS-OXMSG 2.2.2.1), not a byte
range, so its "bytes" are made the way Outlook's Save As makes them: the storage's streams
copied unchanged into a new compound file, with the two differences MS-OXMSG names between an
attached message and a top-level one: the property stream's header is 32 bytes instead of 24
(8 reserved bytes added), and the named-property map, kept once at the outer file's root and
shared by every attached item, is copied in.
"""

from __future__ import annotations

from smarttek_dsar.domain.messages import Message, message
from smarttek_dsar.intake.compound_file import Storage, compound_file, sector_for
from smarttek_dsar.intake.msg_properties import Folder, PropertyTooLarge

_PROPERTIES = "__properties_version1.0"
_NAMED = "__nameid_version1.0"
_ATTACHED_HEADER, _TOP_HEADER = 24, 32


def standalone_msg(item: Folder, *, cap: int, warnings: list[Message | str],
                   subject: str) -> bytes | None:
    """The attached item `item` (its storage inside the outer .msg) as a .msg file, or None
    with a warning when it is larger than `cap` or cannot be copied."""
    outer = Folder(item.ole, item.raw, (), _TOP_HEADER, None)
    try:
        tree = item.whole(cap, f"attached Outlook message “{subject}”")
        named = (outer.child(_NAMED, 8).whole(cap, "named properties")
                 if outer.has_storage(_NAMED) else {})
    except PropertyTooLarge:
        warnings.append(_too_large(subject))
        return None
    except (OSError, ValueError, KeyError):
        warnings.append(message(
            "The attached Outlook message “{subject}” could not be saved as a .msg of its own; "
            "it is kept as the .eml made from it and inside the original .msg.",
            subject=subject))
        return None
    properties = tree.get(_PROPERTIES)
    if isinstance(properties, bytes) and len(properties) >= _ATTACHED_HEADER:
        tree[_PROPERTIES] = (properties[:_ATTACHED_HEADER] + b"\0" * (_TOP_HEADER - _ATTACHED_HEADER)
                             + properties[_ATTACHED_HEADER:])
    tree[_NAMED] = named
    root = _storage(tree)
    saved = compound_file(root, sector=sector_for(sum(_sizes(tree))))
    if len(saved) > cap:  # the file's own structure on top of the streams
        warnings.append(_too_large(subject))
        return None
    return saved


def _too_large(subject: str) -> Message:
    # Kept out rather than refusing the whole request over a copy: the item is still whole
    # inside the .msg the request came in, which is kept as evidence.
    return message("The attached Outlook message “{subject}” is larger than the attachment "
                   "limit as a .msg of its own, so it is kept as the .eml made from it and "
                   "inside the original .msg.", subject=subject)


def _storage(tree: dict) -> Storage:
    return Storage({name: _storage(value) if isinstance(value, dict) else value
                    for name, value in tree.items()})


def _sizes(tree: dict):
    for value in tree.values():
        if isinstance(value, dict):
            yield from _sizes(value)
        else:
            yield len(value)
