"""Mails with one very long header field, as the real one with a 210 KB folded Subject."""

from __future__ import annotations

HEAD = ("Received: from mx.example.lv by mx.smarttek.eu; Tue, 03 Sep 2024 08:15:00 +0300\r\n"
        "From: Jānis Bērziņš <janis.berzins@example.lv>\r\nTo: privacy@smarttek.eu\r\n"
        "Date: Tue, 03 Sep 2024 08:10:00 +0300\r\nMessage-ID: <long-subject@example.lv>\r\n")


def folded_subject_mail(kilobytes: int, *, folded: bool = True) -> bytes:
    """A Subject of about `kilobytes` KB: encoded words and plain words, one per folded line
    (or all on one line), then a short request."""
    words, size, index = [], 0, 0
    while size < kilobytes * 1024:
        word = f"=?utf-8?q?piepras=C4=AB=C5=A1ana{index}?=" if index % 3 == 0 \
            else f"vards{index}"
        words.append(word)
        size += len(word) + 3
        index += 1
    joiner = "\r\n " if folded else " "
    subject = "Subject: Piekļuves pieprasījums " + joiner.join(words)
    return (HEAD + subject + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; "
            "charset=utf-8\r\n\r\nLūdzu sniegt piekļuvi maniem personas datiem.\r\n").encode()
