// The host registers its own worker; Kompass is told nothing about workers.
if ('serviceWorker' in navigator) navigator.serviceWorker.register('/host-sw.js', { scope: '/' });
