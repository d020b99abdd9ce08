/**
 * The hash of every released version of each national page's text (see contentHash.ts), oldest
 * first. A release compares the page in the database with the hash of the version it was last
 * given: equal means nobody has changed it since, so the new text may replace it. Version 1 is the
 * text every site was seeded with before releases existed.
 *
 * After changing a page's text: raise its `contentVersion` and add the new hash here
 * (`npm run content:hashes` prints them; the unit test says which are missing).
 * Never edit or remove an old entry: a site may still hold that text.
 */
export const releasedContentHashes: Readonly<Record<string, Readonly<Record<number, string>>>> = {
  'abuse-happening-now': {
    1: 'a42227385718d51ae8b1b34efdd36f887343d2d0d39959177e7fc2924a3fe947',
    2: '3ccd030375dba18cada2cfaeb479e2e964ed32da27a86b0e6e26f8c74372e03b',
  },
  'before-you-start': {
    1: 'f26ebdca5e714173d945133c0e242ef4f9381b269ddf6526768e436d3d462ce8',
  },
  'rules-of-engagement-advice': {
    1: 'f62496fb261fdc832699975cbc97b5c0baa51b929614b49d20652c528c9a9560',
  },
  'secure-accounts': {
    1: 'f05fa05df8cecb486dddc3d5d9c121b05180ae655159f5f46a68b84aae3b22dd',
    2: '8aa7db0e43ce78391ae33b4e61e120f2c18d07437e238507e9d8d943040b0b6c',
  },
  'documenting-abuse': {
    1: '4c5a0d0a5ea4f74bd21ca957ce46cb206674567f74351b4f0a666800b667a57c',
    2: '3292c0be2c95310d824471beaa088fc5b1154504113cc0c0c3d7424546b361eb',
  },
  'reporting-and-escalation': {
    1: '4e910cec5d42392f4ff3c2d761ef547f2e7148c7a227be6d0b381936841e3757',
    2: '0c3119b07c04cca13848136318222b9bf23e197b74b6893f3adae61f4e7f84da',
  },
  'the-law': {
    1: '2db7afe75773ddf10866e919e565bd19c8aec7ee05dbc28a531df970e5ea47b9',
    2: 'a6c6dd27d998d9d4eac18e608b13db8934981c31719a86435cc509ea73f8d9b8',
  },
  'protecting-your-address': {
    1: '40111e7b9b07bb5dceb1092a7cc4ad138047531a6f537deae3252b9c225633a6',
    2: '6996ce93615e9e2817ec6cd82c4effbd279d0846e191fda2ea19d03b94bdddd3',
  },
  'canvassing-and-in-person-safety': {
    1: '0a8c8f68470b9bc0475b908486564f2d8e07dcb9b345130e5a5a6183764ca3d3',
    2: '5249d684888eeb0737cfdcd5a32f80e2a748ace4913a722fcbafecf3ac171f07',
  },
  'wellbeing': {
    1: 'ee6d79b7c0df67edc678ecbb51525cfc9e83b4073297af9db3da9d37fa61898d',
  },
  'supporting-colleagues': {
    1: '218c8c77ff46f30e70bebe2225b94db98919ef20ec6c7f37ec430ed16fa7fafa',
    2: '1e34cec5674bb99d5e5110a41d7cbdc13424f41c017a4deb2e524d79bae38cfc',
  },
}
