#!/usr/bin/python3
"""Drive LibreOffice headless over Word files: open each, accept or reject every tracked change (or neither),
and print what a reader of the document then sees: its paragraphs and its footnotes, in order. Optionally
store the document as PDF (or as another format, to make test inputs).

stdin: a JSON list of jobs {"file": path, "changes": "accept"|"reject"|"none", "pdf": path?, "save": path?,
"filter": name?}. stdout: a JSON list of results {"file", "changes", "redlines", "paragraphs", "footnotes", "labels"} or
{"file", "error"}. Uses a private profile and a pipe of its own, so parallel runs do not meet.

Run with /usr/bin/python3 (Debian's, which has the uno module), not a python3 from another install.
"""
import json, os, subprocess, sys, tempfile, time, shutil

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

# Every bound here is a count, never a time, so a slow or loaded machine gives the same results.
CONNECT_TRIES = 1000  # attempts to reach a starting LibreOffice, 0.2 s apart, while its process lives
TRIES_PER_JOB = 3  # a job whose LibreOffice died or refused the file runs again in a fresh one
FRESH_EVERY = 150  # documents one LibreOffice opens before the next job gets a fresh one


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def start():
    profile = tempfile.mkdtemp(prefix="resdraft-lo-")
    pipe = "resdraft_" + os.path.basename(profile)
    proc = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck",
         "-env:UserInstallation=file://" + profile, "--accept=pipe,name=%s;urp;" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for attempt in range(CONNECT_TRIES):
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except NoConnectException:
            if proc.poll() is not None or attempt == CONNECT_TRIES - 1:
                proc.kill()
                shutil.rmtree(profile, ignore_errors=True)
                raise RuntimeError("LibreOffice did not start (soffice exit %s)" % proc.poll())
            time.sleep(0.2)
    smgr = ctx.ServiceManager
    desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
    return proc, profile, desktop, dispatcher


FOOTNOTE_ANCHOR = "[^]"


def paragraph_text(par):
    """The paragraph's text with each footnote anchor as [^] (its number is the footnote's, not text)."""
    parts = []
    e = par.createEnumeration()
    while e.hasMoreElements():
        portion = e.nextElement()
        kind = portion.TextPortionType
        if kind == "Footnote":
            parts.append(FOOTNOTE_ANCHOR)
        elif kind in ("Text", "Field", "Ruby"):
            parts.append(portion.getString())
    return "".join(parts)


def paragraphs(text):
    out = []
    e = text.createEnumeration()
    while e.hasMoreElements():
        el = e.nextElement()
        if el.supportsService("com.sun.star.text.Paragraph"):
            out.append(paragraph_text(el))
        elif el.supportsService("com.sun.star.text.TextTable"):
            for name in el.getCellNames():
                out.extend(paragraphs(el.getCellByName(name).getText()))
    return out


def run(job, desktop, dispatcher):
    url = uno.systemPathToFileUrl(os.path.abspath(job["file"]))
    doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True), prop("ReadOnly", False)))
    if doc is None:
        raise Refused("LibreOffice could not open the file")
    try:
        redlines = doc.getRedlines().getCount() if hasattr(doc, "getRedlines") else 0
        mode = job.get("changes", "none")
        if mode in ("accept", "reject"):
            frame = doc.getCurrentController().getFrame()
            cmd = ".uno:AcceptAllTrackedChanges" if mode == "accept" else ".uno:RejectAllTrackedChanges"
            dispatcher.executeDispatch(frame, cmd, "", 0, ())
        left = doc.getRedlines().getCount() if hasattr(doc, "getRedlines") else 0
        notes = doc.getFootnotes()
        result = {
            "file": job["file"], "changes": mode, "redlines": redlines, "redlinesLeft": left,
            "paragraphs": paragraphs(doc.getText()),
            "footnotes": [notes.getByIndex(i).getString() for i in range(notes.getCount())],
            # A note's own mark ("*"), empty for a numbered one.
            "labels": [notes.getByIndex(i).getLabel() for i in range(notes.getCount())],
        }
        if job.get("pdf"):
            doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(job["pdf"])), (prop("FilterName", "writer_pdf_Export"),))
        if job.get("save"):
            doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(job["save"])), (prop("FilterName", job["filter"]),))
        return result
    finally:
        doc.close(True)


class Refused(Exception):
    """LibreOffice gave no document for a file (seen after hundreds of documents; a fresh one opens it)."""


def stop(proc, profile, desktop):
    try:
        desktop.terminate()
    except Exception:
        pass
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
    shutil.rmtree(profile, ignore_errors=True)


def main():
    jobs = json.load(sys.stdin)
    office = None
    opened = 0
    results = []
    try:
        for job in jobs:
            result = None
            for attempt in range(TRIES_PER_JOB):
                if office is not None and (opened >= FRESH_EVERY or office[0].poll() is not None):
                    stop(office[0], office[1], office[2])
                    office = None
                if office is None:
                    office = start()
                    opened = 0
                opened += 1
                try:
                    result = run(job, office[2], office[3])
                    break
                except Exception as e:
                    # A refused file, or a dead pipe (the bridge disposed, LibreOffice gone): the job runs
                    # again in a fresh LibreOffice; after the last try its error is its result, so one bad
                    # file never hides the others' results.
                    result = {"file": job.get("file"), "error": "%s (%d tries)" % (e, attempt + 1)}
                    stop(office[0], office[1], office[2])
                    office = None
            results.append(result)
    finally:
        if office is not None:
            stop(office[0], office[1], office[2])
    json.dump(results, sys.stdout)


main()
