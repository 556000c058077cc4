"""What needs a signed-in user on the command line, and what a demo may touch."""

from __future__ import annotations

import pytest
import time_machine

from tests.fixed_clock import NOW_UTC

PW = "a long enough password"




def test_demo_refuses_a_database_not_created_as_a_demo(ready):
    refused = ready("demo", "--cases", "5")
    assert refused.code == 1 and "not created as a demo" in refused.err
    assert len(refused.err.strip().splitlines()) == 1
    # Nothing was written: no demo user with the public password, no synthetic case.
    assert ready("case", "list", "--json", user="dpo", password=PW).json() == []
    demo_user = ready("case", "list", user="dpo", password="demo-password")
    assert demo_user.code == 1 and "Wrong user name or password" in demo_user.err


def test_demo_on_a_new_database_and_never_twice(cli):
    made = cli("demo", "--cases", "3")
    assert made.code == 0, made.err
    again = cli("demo", "--cases", "2")
    assert again.code == 1 and len(again.err.strip().splitlines()) == 1
    listed = cli("case", "list", "--json", user="dpo", password="demo-password").json()
    assert len(listed) == 3


def test_init_without_an_admin_is_not_a_demo_once_it_has_users(cli):
    assert cli("init").code == 0  # empty: the window would ask for the first administrator
    assert cli("init", "--admin", "dace", password=PW).code == 0
    refused = cli("demo", "--cases", "3")
    assert refused.code == 1 and "not created as a demo" in refused.err


def test_holiday_list_needs_sign_in(ready):
    added = ready("holiday", "add", "2026-09-21", "Bronzas diena", user="dpo", password=PW)
    assert added.code == 0, added.err
    anonymous = ready("holiday", "list")
    assert anonymous.code == 1 and "--user" in anonymous.err and "Bronzas" not in anonymous.out
    listed = ready("holiday", "list", user="anna", password=PW)
    assert listed.code == 0 and "2026-09-21  Bronzas diena" in listed.out


def test_an_administrator_unlocks_a_user_after_failed_sign_ins(ready):
    # Each command is a new process that starts at the test's clock (tests/cli/cli_runner.py).
    # The clock stands still between commands and is moved past each wait, so every guess is
    # counted and the wait doubles until it is far longer than a slow machine needs to start
    # the next command: the outcome does not depend on how busy the machine is.
    with time_machine.travel(NOW_UTC, tick=False) as clock:
        for _ in range(20):
            wrong = ready("case", "list", user="anna", password="wrong password")
            assert wrong.code == 1
            if "Too many attempts; try again in" in wrong.err:
                wait = int(wrong.err.split(" in ")[1].split()[0])
                if wait >= 16:
                    break
                clock.shift(wait + 1)
        else:
            pytest.fail("the wait never grew past 16 s")
        run_unlock_story(ready)


def run_unlock_story(ready) -> None:
    refused = ready("case", "list", user="anna", password=PW)
    assert refused.code == 1 and "Too many attempts; try again in" in refused.err
    not_admin = ready("user", "unlock", "anna", user="anna", password=PW)  # waiting, or no admin
    assert not_admin.code == 1 and ("Too many attempts" in not_admin.err
                                    or "may not unlock users" in not_admin.err)
    unlocked = ready("user", "unlock", "anna", user="dpo", password=PW)
    assert unlocked.code == 0, unlocked.err
    assert ready("case", "list", user="anna", password=PW).code == 0
    assert ready("user", "unlock", "dpo", user="anna", password=PW).code == 1  # not an admin
