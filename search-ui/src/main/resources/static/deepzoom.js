// OpenSeadragon (a classic script, not a module) is loaded the first time a dossier is opened, so the search
// page never pays for its 220 KB. It comes from the WebJar on the server, never from a CDN.

const SCRIPT = '/webjars/openseadragon/2.4.2/build/openseadragon/openseadragon.min.js';

let loading = null;

/** Resolves to the OpenSeadragon function once its script has run; rejects if the script cannot load. */
export function openSeadragon() {
  loading ??= new Promise((resolve, reject) => {
    if (window.OpenSeadragon) {
      resolve(window.OpenSeadragon);
      return;
    }
    const script = document.createElement('script');
    script.src = SCRIPT;
    script.async = true;
    script.addEventListener('load', () => resolve(window.OpenSeadragon));
    script.addEventListener('error', () => {
      loading = null;
      reject(new Error(`could not load ${SCRIPT}`));
    });
    document.head.append(script);
  });
  return loading;
}
