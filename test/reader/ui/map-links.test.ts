import { expect } from '@open-wc/testing';
import { detectPlatform, isWebLink, mapLinks, type MapPlace } from '../../../src/reader/ui/map-links.js';

const withPoint: MapPlace = { street: 'Marktplatz 1', postalCode: '12345', city: 'Musterstadt', lat: 50.9375, lon: 6.9603, name: 'Bürgerbüro (Rathaus) & Co' };
const noPoint: MapPlace = { street: 'Weg 2/3', postalCode: '12345', city: 'Musterstadt', name: 'Tafel' };

describe('map links', () => {
  it('Android: geo: with the point and the name as label, or the address search; the route is the same link', () => {
    expect(mapLinks(withPoint, 'android')).to.deep.equal({
      open: 'geo:50.9375,6.9603?q=50.9375,6.9603(B%C3%BCrgerb%C3%BCro%20%28Rathaus%29%20%26%20Co)',
      route: 'geo:50.9375,6.9603?q=50.9375,6.9603(B%C3%BCrgerb%C3%BCro%20%28Rathaus%29%20%26%20Co)',
    });
    expect(mapLinks(noPoint, 'android')).to.deep.equal({ open: 'geo:0,0?q=Weg%202%2F3%2C%2012345%20Musterstadt', route: 'geo:0,0?q=Weg%202%2F3%2C%2012345%20Musterstadt' });
    expect(mapLinks({ ...withPoint, name: undefined }, 'android').open).to.equal('geo:50.9375,6.9603?q=50.9375,6.9603');
  });

  const ADDRESS = 'Weg%202%2F3%2C%2012345%20Musterstadt';
  const LABEL = 'B%C3%BCrgerb%C3%BCro%20%28Rathaus%29%20%26%20Co';
  const CASES = [
    {
      title: 'iOS: Apple Maps at the point or the address; the route by public transport to the destination only',
      platform: 'ios',
      point: { open: `https://maps.apple.com/?ll=50.9375,6.9603&q=${LABEL}`, route: 'https://maps.apple.com/?daddr=50.9375,6.9603&dirflg=r' },
      address: { open: `https://maps.apple.com/?address=${ADDRESS}`, route: `https://maps.apple.com/?daddr=${ADDRESS}&dirflg=r` },
    },
    {
      title: 'elsewhere: the OpenStreetMap page and its directions with the destination only',
      platform: 'other',
      point: { open: 'https://www.openstreetmap.org/?mlat=50.9375&mlon=6.9603#map=18/50.9375/6.9603', route: 'https://www.openstreetmap.org/directions?route=%3B50.9375%2C6.9603' },
      address: { open: `https://www.openstreetmap.org/search?query=${ADDRESS}`, route: `https://www.openstreetmap.org/directions?to=${ADDRESS}` },
    },
  ] as const;
  for (const c of CASES) {
    it(c.title, () => {
      expect(mapLinks(withPoint, c.platform)).to.deep.equal(c.point);
      expect(mapLinks(noPoint, c.platform)).to.deep.equal(c.address);
    });
  }

  it('a name cannot break out of the geo: label or add URL parameters', () => {
    const open = mapLinks({ ...withPoint, name: "a)&x=1#'*!" }, 'android').open;
    expect(open).to.equal('geo:50.9375,6.9603?q=50.9375,6.9603(a%29%26x%3D1%23%27%2A%21)');
    expect(new URL(mapLinks({ ...withPoint, name: 'a&ll=0,0#x' }, 'ios').open).searchParams.get('ll')).to.equal('50.9375,6.9603');
  });

  it('detects the platform from client hints first, then the user agent and touch points', () => {
    const ua = (userAgent: string, maxTouchPoints = 0) => ({ userAgent, maxTouchPoints });
    expect(detectPlatform(ua('Mozilla/5.0 (Linux; Android 14; Pixel 8) Chrome/120'))).to.equal('android');
    expect(detectPlatform(ua('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)'))).to.equal('ios');
    expect(detectPlatform(ua('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605', 5))).to.equal('ios', 'iPadOS');
    expect(detectPlatform(ua('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605', 0))).to.equal('other');
    expect(detectPlatform(ua('Mozilla/5.0 (X11; Linux x86_64)'))).to.equal('other');
    expect(detectPlatform({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64)', userAgentData: { platform: 'Android' } })).to.equal('android');
    expect(detectPlatform({ userAgent: 'Android', userAgentData: { platform: 'Windows' } })).to.equal('other', 'the hint wins');
  });

  it('only web links open in a new tab', () => {
    expect(isWebLink('https://maps.apple.com/?ll=1,2')).to.equal(true);
    expect(isWebLink('geo:1,2')).to.equal(false);
  });
});
