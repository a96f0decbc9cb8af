// Tillid's own page-view counter. This file is only put on a page after the visitor said yes to
// statistics; it reports the page's path and where the visitor came from, to our own server only.
(function () {
    'use strict';
    var hit = JSON.stringify({path: window.location.pathname, referrer: document.referrer || null});
    window.fetch('/stats/hit', {
        method: 'POST',
        headers: {'Content-Type': 'application/json'},
        body: hit,
        credentials: 'same-origin',
        keepalive: true
    }).catch(function () {
        // A lost count is not worth bothering the visitor about.
    });
}());
