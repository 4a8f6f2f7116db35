/* "Ask the technician" (docs/portal.md): shrink the photos on the phone, send them in
   checksummed pieces that resume after a cut link, then send the question. "Sent"
   shows only when the server has every byte and the question. Until then the question
   and its shrunk photos are kept on the phone (IndexedDB), so a page closed or reloaded
   mid-send comes back with them and goes on with the same request id.
   Plain ES5 with Promises: WeChat's and old Android browsers run it as it is. SHA-256 is
   done here because crypto.subtle exists only on https pages, and the server on a
   cooperative's network is often plain http. */
(function () {
  "use strict";
  var LONG_SIDE = 1600, QUALITY = 0.8, CHUNK = 64 * 1024, MAX_PHOTOS = 6;
  var form = document.getElementById("ask");
  if (!form) { return; }
  var base = form.getAttribute("data-base");
  var files = document.getElementById("files");
  var thumbs = document.getElementById("thumbs");
  var status = document.getElementById("status");
  var sendButton = document.getElementById("send");
  var photos = [];  // {blob, sha, url}
  var requestId = newId();
  var busy = false;

  // -- SHA-256 (FIPS 180-4), on bytes -------------------------------------------------
  var K = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
    0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
    0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
    0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2];

  function sha256(bytes) {
    var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c,
             0x1f83d9ab, 0x5be0cd19];
    var n = bytes.length, total = ((n + 9 + 63) >> 6) << 6;
    var m = new Uint8Array(total);
    m.set(bytes);
    m[n] = 0x80;
    var bits = n * 8, hi = Math.floor(bits / 0x100000000);
    for (var b = 0; b < 4; b++) {
      m[total - 1 - b] = (bits >>> (8 * b)) & 0xff;
      m[total - 5 - b] = (hi >>> (8 * b)) & 0xff;
    }
    var w = new Int32Array(64);
    for (var off = 0; off < total; off += 64) {
      for (var i = 0; i < 16; i++) {
        var j = off + 4 * i;
        w[i] = (m[j] << 24) | (m[j + 1] << 16) | (m[j + 2] << 8) | m[j + 3];
      }
      for (i = 16; i < 64; i++) {
        var x = w[i - 15], y = w[i - 2];
        var s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
        var s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
        w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
      }
      var a = h[0], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7], bb = h[1];
      for (i = 0; i < 64; i++) {
        var S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
        var t1 = (k + S1 + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
        var S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
        var t2 = (S0 + ((a & bb) ^ (a & c) ^ (bb & c))) | 0;
        k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = bb; bb = a; a = (t1 + t2) | 0;
      }
      h[0] = (h[0] + a) | 0; h[1] = (h[1] + bb) | 0; h[2] = (h[2] + c) | 0;
      h[3] = (h[3] + d) | 0; h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0;
      h[6] = (h[6] + g) | 0; h[7] = (h[7] + k) | 0;
    }
    var hex = "";
    for (i = 0; i < 8; i++) { hex += ("00000000" + (h[i] >>> 0).toString(16)).slice(-8); }
    return hex;
  }
  window.portalSha256 = sha256;  // the browser test checks it against Python's hashlib

  // -- helpers ----------------------------------------------------------------------------
  function newId() {
    var s = "";
    for (var i = 0; i < 24; i++) { s += "0123456789abcdef".charAt(Math.floor(Math.random() * 16)); }
    return s + "-" + Date.now().toString(16);
  }

  function say(text, cls) {
    status.textContent = text;
    status.className = "status" + (cls ? " " + cls : "");
  }

  function readBytes(blob) {
    return new Promise(function (resolve, reject) {
      var reader = new FileReader();
      reader.onload = function () { resolve(new Uint8Array(reader.result)); };
      reader.onerror = function () { reject(new Error("read")); };
      reader.readAsArrayBuffer(blob);
    });
  }

  function dataUrlBlob(url) {
    var parts = url.split(","), raw = atob(parts[1]), bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) { bytes[i] = raw.charCodeAt(i); }
    return new Blob([bytes], {type: "image/jpeg"});
  }

  // -- photos upright ----------------------------------------------------------------------
  // A phone stores a photo as the sensor saw it and says in its EXIF how to turn it.
  // Browsers since Chrome 81 turn it when they draw it; older ones (WeChat's X5, old
  // Android WebViews) draw it as stored, and the shrunk copy, which has no EXIF, would
  // reach the technician lying on its side. A 2 x 1 test JPEG that says "turn 90 degrees"
  // tells which kind of browser this is: one that turns it reports it 1 x 2.
  var TURNED_TEST = "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/4QAiRXhpZgAATU0AKgAAAAgAAQESAAMAAAABAAYAAAAAAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/wAALCAABAAIBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAAAP/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AP//Z";
  var turnsItself = null;

  function browserTurns() {
    if (turnsItself !== null) { return Promise.resolve(turnsItself); }
    return new Promise(function (resolve) {
      var img = new Image();
      img.onload = function () { turnsItself = img.naturalWidth === 1; resolve(turnsItself); };
      img.onerror = function () { turnsItself = true; resolve(true); };  // cannot tell: leave it
      img.src = TURNED_TEST;
    });
  }

  // The EXIF orientation (1-8) of a JPEG's first bytes; 1 when there is none.
  function exifOrientation(bytes) {
    var n = bytes.length;
    function u16(at, little) {
      return little ? bytes[at] | (bytes[at + 1] << 8) : (bytes[at] << 8) | bytes[at + 1];
    }
    function u32(at, little) {
      return little ? u16(at, true) + u16(at + 2, true) * 65536 : u16(at, false) * 65536 + u16(at + 2, false);
    }
    if (n < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) { return 1; }
    var at = 2;
    while (at + 4 <= n && bytes[at] === 0xff) {
      var marker = bytes[at + 1], length = u16(at + 2, false);
      if (marker === 0xe1 && at + 10 <= n && bytes[at + 4] === 0x45 && bytes[at + 5] === 0x78 &&
          bytes[at + 6] === 0x69 && bytes[at + 7] === 0x66) {  // "Exif"
        var tiff = at + 10;
        if (tiff + 8 > n) { return 1; }
        var little = bytes[tiff] === 0x49;  // "II": Intel byte order
        var ifd = tiff + u32(tiff + 4, little);
        if (ifd + 2 > n) { return 1; }
        var count = u16(ifd, little);
        for (var i = 0; i < count; i++) {
          var entry = ifd + 2 + 12 * i;
          if (entry + 10 > n) { return 1; }
          if (u16(entry, little) === 0x0112) {
            var value = u16(entry + 8, little);
            return value >= 1 && value <= 8 ? value : 1;
          }
        }
        return 1;
      }
      if (marker === 0xda || length < 2) { return 1; }  // the picture data: no EXIF before it
      at += 2 + length;
    }
    return 1;
  }

  function readHead(file) {
    return readBytes(file.slice(0, 256 * 1024)).then(exifOrientation, function () { return 1; });
  }

  // A canvas with the picture drawn upright, its long side at most `longest`: `turn` is
  // the EXIF orientation to apply by hand (1 where the browser applied it already).
  function upright(img, turn, longest) {
    var w = img.naturalWidth, h = img.naturalHeight;
    var scale = Math.min(1, longest / Math.max(w, h));
    var dw = Math.round(w * scale), dh = Math.round(h * scale);
    var sideways = turn >= 5;
    var canvas = document.createElement("canvas");
    canvas.width = sideways ? dh : dw;
    canvas.height = sideways ? dw : dh;
    var ctx = canvas.getContext("2d");
    var turns = {
      2: [-1, 0, 0, 1, dw, 0], 3: [-1, 0, 0, -1, dw, dh], 4: [1, 0, 0, -1, 0, dh],
      5: [0, 1, 1, 0, 0, 0], 6: [0, 1, -1, 0, dh, 0], 7: [0, -1, -1, 0, dh, dw],
      8: [0, -1, 1, 0, 0, dw]
    };
    var m = turns[turn];
    if (m) { ctx.transform(m[0], m[1], m[2], m[3], m[4], m[5]); }
    ctx.drawImage(img, 0, 0, dw, dh);
    return canvas;
  }
  window.portalExifOrientation = exifOrientation;  // the browser test checks them
  window.portalUpright = upright;

  // A photo's long side down to 1600 px as a JPEG at 0.8, upright: a 4 MB photo becomes
  // about 300 KB. What cannot be drawn (an unknown format) goes as it is, for the server
  // to judge; so does a photo the copy would not make smaller (it keeps its EXIF).
  function shrink(file) {
    return Promise.all([browserTurns(), readHead(file)]).then(function (known) {
      var turn = known[0] ? 1 : known[1];
      return new Promise(function (resolve) {
        var url = URL.createObjectURL(file), img = new Image();
        img.onload = function () {
          var canvas = upright(img, turn, LONG_SIDE);
          URL.revokeObjectURL(url);
          function done(blob) { resolve(blob && blob.size < file.size ? blob : file); }
          if (canvas.toBlob) { canvas.toBlob(done, "image/jpeg", QUALITY); }
          else { done(dataUrlBlob(canvas.toDataURL("image/jpeg", QUALITY))); }
        };
        img.onerror = function () { URL.revokeObjectURL(url); resolve(file); };
        img.src = url;
      });
    });
  }

  // One request; resolves {status, body}. A network failure resolves status 0.
  function request(method, url, headers, body) {
    return new Promise(function (resolve) {
      var xhr = new XMLHttpRequest();
      xhr.open(method, url, true);
      xhr.timeout = 120000;
      for (var name in headers) { xhr.setRequestHeader(name, headers[name]); }
      xhr.onload = function () {
        var parsed = {};
        try { parsed = JSON.parse(xhr.responseText); } catch (e) { parsed = {}; }
        resolve({status: xhr.status, body: parsed});
      };
      xhr.onerror = xhr.ontimeout = xhr.onabort = function () { resolve({status: 0, body: {}}); };
      xhr.send(body === undefined ? null : body);
    });
  }

  function wait(ms) { return new Promise(function (r) { setTimeout(r, ms); }); }

  function Refused(detail) { this.detail = detail; }

  // Retries a call while the link is down (status 0, 5xx, 429 excepted), waiting longer
  // each time up to 30 s; a refusal (4xx) stops with the server's sentence.
  function patiently(call) {
    var delay = 1000;
    function attempt() {
      return call().then(function (answer) {
        if (answer.status === 0 || answer.status >= 500) {
          say("网络不好，正在重试…");
          return wait(delay).then(function () { delay = Math.min(delay * 2, 30000); return attempt(); });
        }
        if (answer.status >= 400 && answer.status !== 409) {
          throw new Refused(answer.body.detail || "发送失败，请再试一次。");
        }
        return answer;
      });
    }
    return attempt();
  }

  // -- one photo, piece by piece ----------------------------------------------------------
  function upload(photo, index, count) {
    var size = photo.blob.size;
    var url = base + "/photos/" + photo.sha;
    function progress(offset) {
      var pct = Math.floor(offset * 100 / size);
      say("正在发送第 " + (index + 1) + "/" + count + " 张照片… " + pct + "%");
    }
    function from(offset) {
      progress(offset);
      if (offset >= size) {
        return patiently(function () {
          return request("POST", url + "/finish", {"Upload-Length": String(size)});
        }).then(function (answer) {
          if (answer.status === 409) { return from(answer.body.offset || 0); }
          return answer;
        });
      }
      var piece = photo.blob.slice(offset, Math.min(offset + CHUNK, size));
      return readBytes(piece).then(function (bytes) {
        return patiently(function () {
          return request("POST", url + "/chunks", {
            "Content-Type": "application/octet-stream",
            "Upload-Offset": String(offset),
            "Upload-Length": String(size),
            "Chunk-SHA256": sha256(bytes)
          }, bytes);
        });
      }).then(function (answer) {
        // 409: the server holds another offset (a piece whose answer was lost): go on from it.
        return from(typeof answer.body.offset === "number" ? answer.body.offset : offset);
      });
    }
    return patiently(function () {
      return request("GET", url + "?size=" + size, {});
    }).then(function (answer) {
      return answer.body.state === "present" ? answer : from(answer.body.offset || 0);
    });
  }

  // -- the question kept on the phone until it is sent ------------------------------------
  // One draft per grower link. Where IndexedDB is missing or refuses (a private window),
  // the page works as before, only without the draft.
  var DRAFTS = "drafts";

  function drafts(mode, work) {
    return new Promise(function (resolve) {
      var opening;
      try { opening = window.indexedDB.open("fieldapp-portal", 1); } catch (e) { resolve(null); return; }
      opening.onupgradeneeded = function () { opening.result.createObjectStore(DRAFTS); };
      opening.onerror = opening.onblocked = function () { resolve(null); };
      opening.onsuccess = function () {
        var db = opening.result, tx, asked;
        try { tx = db.transaction(DRAFTS, mode); asked = work(tx.objectStore(DRAFTS)); }
        catch (e) { db.close(); resolve(null); return; }
        tx.oncomplete = function () { db.close(); resolve(asked.result); };
        tx.onerror = tx.onabort = function () { db.close(); resolve(null); };
      };
    });
  }

  function answers() {
    var picked = [];
    var boxes = form.querySelectorAll("input[name=symptom]");
    for (var i = 0; i < boxes.length; i++) { if (boxes[i].checked) { picked.push(boxes[i].value); } }
    return {
      plot: form.querySelector("select[name=plot]").value,
      symptoms: picked,
      words: form.querySelector("textarea[name=words]").value
    };
  }

  function keepDraft() {
    var draft = answers();
    draft.requestId = requestId;
    draft.photos = photos.map(function (p) { return {sha: p.sha, blob: p.blob}; });
    return drafts("readwrite", function (store) { return store.put(draft, base); });
  }

  function dropDraft() {
    return drafts("readwrite", function (store) { return store.delete(base); });
  }

  function restore(draft) {
    if (!draft || !(draft.photos.length || draft.symptoms.length || draft.words)) { return; }
    if (photos.length || busy) { return; }  // the grower started again before it loaded
    requestId = draft.requestId;
    form.querySelector("select[name=plot]").value = draft.plot;
    var boxes = form.querySelectorAll("input[name=symptom]");
    for (var i = 0; i < boxes.length; i++) {
      boxes[i].checked = draft.symptoms.indexOf(boxes[i].value) >= 0;
    }
    form.querySelector("textarea[name=words]").value = draft.words;
    photos = draft.photos.map(function (p) {
      return {blob: p.blob, sha: p.sha, url: URL.createObjectURL(p.blob)};
    });
    show();
    say("上次的问题还没有发出去，已经帮您留着。点“发送给技术员”接着发。");
  }

  // -- the form ---------------------------------------------------------------------------
  function show() {
    thumbs.innerHTML = "";
    photos.forEach(function (photo, i) {
      var box = document.createElement("div"), img = document.createElement("img");
      var remove = document.createElement("button"), size = document.createElement("span");
      box.className = "thumb";
      img.src = photo.url;
      img.alt = "照片 " + (i + 1);
      remove.type = "button";
      remove.textContent = "×";
      remove.setAttribute("aria-label", "去掉这张");
      remove.onclick = function () {
        if (busy) { return; }
        URL.revokeObjectURL(photo.url);
        photos.splice(i, 1);
        show();
        keepDraft();
      };
      size.textContent = Math.max(1, Math.round(photo.blob.size / 1024)) + " KB";
      box.appendChild(img); box.appendChild(remove); box.appendChild(size);
      thumbs.appendChild(box);
    });
  }

  files.onchange = function () {
    var chosen = Array.prototype.slice.call(files.files, 0, MAX_PHOTOS - photos.length);
    if (files.files.length > chosen.length) { say("最多发 " + MAX_PHOTOS + " 张照片。", "bad"); }
    else { say(chosen.length ? "正在处理照片…" : ""); }
    var work = Promise.resolve();
    chosen.forEach(function (file) {
      work = work.then(function () { return shrink(file); }).then(function (blob) {
        return readBytes(blob).then(function (bytes) {
          var sha = sha256(bytes);
          for (var i = 0; i < photos.length; i++) { if (photos[i].sha === sha) { return; } }
          photos.push({blob: blob, sha: sha, url: URL.createObjectURL(blob)});
        });
      });
    });
    work.then(function () {
      show();
      if (chosen.length) { say(""); }
      files.value = "";
      keepDraft();
    });
  };
  form.onchange = function (event) {
    if (event.target !== files && !busy) { keepDraft(); }
  };

  form.onsubmit = function (event) {
    event.preventDefault();
    if (busy) { return; }
    var said = answers();
    if (!photos.length && !said.symptoms.length && !said.words.trim()) {
      say("请拍一张照片，或者说一说看到了什么。", "bad");
      return;
    }
    busy = true;
    sendButton.disabled = true;
    var sending = photos.slice();
    var chain = keepDraft();
    sending.forEach(function (photo, index) {
      chain = chain.then(function () { return upload(photo, index, sending.length); });
    });
    chain.then(function () {
      say("正在发送问题…");
      var question = JSON.stringify({
        request_id: requestId,
        plot_id: said.plot,
        symptoms: said.symptoms,
        words: said.words,
        photos: sending.map(function (p) { return {sha256: p.sha, size: p.blob.size}; })
      });
      return patiently(function () {
        return request("POST", base + "/ask", {"Content-Type": "application/json"}, question);
      });
    }).then(function (answer) {
      if (!answer.body.sent) { throw new Refused(answer.body.detail || "发送失败，请再试一次。"); }
      dropDraft();
      form.innerHTML = '<p class="sent" id="sent">✓ 已发送</p>' +
        "<p>技术员看到后会回复，回复会显示在“我的问诊”里。</p>" +
        '<a class="btn main" href="' + base + '/cases">看我的问诊</a>';
    }, function (error) {
      busy = false;
      sendButton.disabled = false;
      say(error instanceof Refused ? error.detail : "发送失败，请再试一次。", "bad");
    });
  };

  drafts("readonly", function (store) { return store.get(base); }).then(restore);
})();
