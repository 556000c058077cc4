"""`smarttek-dsar import` holds mail that is not a request; `smarttek-dsar held` lists it,
dismisses it or imports it as a request."""

from __future__ import annotations

from tests.intake import non_request_mails as mails
from tests.services.intake_files import write

PW = "a long enough password"


def test_held_mail_is_listed_dismissed_and_imported_from_the_command_line(ready, tmp_path):
    files = [str(write(tmp_path, "bounce.eml", mails.bounce())),
             str(write(tmp_path, "auto.eml", mails.auto_reply()))]
    result = ready("import", *files, "--json", user="anna", password=PW)
    assert result.code == 0, result.err  # holding is not a failure
    assert [r["status"] for r in result.json()] == ["held", "held"]
    bounce_id, auto_id = (r["held"] for r in result.json())

    listed = ready("held", "list", user="anna", password=PW)
    assert listed.code == 0 and "MAILER-DAEMON" in listed.out and "bounce" in listed.out
    counted = ready("held", "count", "--json", user="maris", password=PW)
    assert counted.json() == {"waiting": 2, "by_kind": {"auto_reply": 1, "bounce": 1}}
    refused = ready("held", "list", user="maris", password=PW)
    assert refused.code != 0 and "may not read held mail" in refused.err

    dismissed = ready("held", "dismiss", str(bounce_id), user="anna", password=PW)
    assert dismissed.code == 0 and "dismissed" in dismissed.out
    made = ready("held", "import", str(auto_id), "--json", user="anna", password=PW)
    assert made.code == 0, made.err
    assert made.json()["status"] == "created" and made.json()["case"] == "DSAR-2024-0001"
    assert ready("held", "list", "--json", user="anna", password=PW).json() == []
    twice = ready("held", "dismiss", str(bounce_id), user="anna", password=PW)
    assert twice.code != 0 and "was dismissed already" in twice.err
    assert "Traceback" not in twice.err
