"""Sending invitations by e-mail (iMIP, RFC 6047) through the organisation's mail server.

* :mod:`exports.mail.plan` — who gets which message (the calendar parts come
  from :mod:`exports.calendar`; nothing is built twice);
* :mod:`exports.mail.message` — the MIME layout calendar clients act on;
* :mod:`exports.mail.smtp` — the SMTP session and what each answer means;
* :mod:`exports.mail.outbox` — queue, deliver, resume, retry;
* :mod:`exports.mail.commands` — ``send`` and ``outbox`` on the command line.

The outbox lives in the database (``Store.outbox_messages``); a message's
export-log lines are written when the server accepts it, so the export log
remains the one record of what each person was last told.
"""
