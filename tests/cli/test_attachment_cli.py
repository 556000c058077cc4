"""`case attachment`: the list of a case's files, an imported e-mail shown as text, a file
saved (owner-only, never over an existing file), and a manager refused."""

from __future__ import annotations

import stat

from tests.cli.conftest import PW
from tests.services.intake_files import mail, write


def test_list_show_and_save_a_cases_files(ready, tmp_path):
    path = write(tmp_path, "pieprasijums.eml", mail(attachments=(("pilnvara.pdf", b"%PDF-1 p"),)))
    assert ready("import", path, user="anna", password=PW).code == 0
    number = "DSAR-2024-0001"

    listed = ready("case", "attachment", number, "--json", user="anna", password=PW)
    assert listed.code == 0, listed.err
    names = {row["name"]: row for row in listed.json()}
    assert names["pieprasijums.eml"]["kind"] == "evidence"

    shown = ready("case", "attachment", number, "pieprasijums.eml", user="anna", password=PW)
    assert shown.code == 0, shown.err
    assert "From:    Jānis Bērziņš <janis.berzins@example.lv>" in shown.out
    assert "To:      privacy@smarttek.eu" in shown.out
    assert "Date:    03.09.2024 08:15 (Riga time)" in shown.out
    assert "Lūdzu sniegt piekļuvi" in shown.out and "pilnvara.pdf (8 bytes)" in shown.out

    out = tmp_path / "saved.pdf"
    saved = ready("case", "attachment", number, "pieprasijums.eml", "--inner", "pilnvara.pdf",
                  "--out", str(out), user="anna", password=PW)
    assert saved.code == 0, saved.err
    assert out.read_bytes() == b"%PDF-1 p"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    again = ready("case", "attachment", number, "pieprasijums.eml", "--inner", "pilnvara.pdf",
                  "--out", str(out), user="anna", password=PW)
    assert again.code == 1 and "exists already" in again.err

    not_mail = ready("case", "attachment", number, "pilnvara.pdf", user="anna", password=PW)
    assert not_mail.code == 1 and "give --out FILE" in not_mail.err
    manager = ready("case", "attachment", number, "pieprasijums.eml", "--out",
                    str(tmp_path / "m.eml"), user="maris", password=PW)
    assert manager.code == 1 and "may not open a case's attachments" in manager.err
    assert not (tmp_path / "m.eml").exists()
