/**
 * Ordinary business names, for the screening bench's false-positive figure: forty written by hand and
 * more put together from the words marketplace sellers name their shops with, half of them with a
 * legal form. Any of them raised is a false positive a reviewer would have to clear.
 */
const named = [
  'Acme Widgets',
  'Sunrise Electronics',
  'Green Valley Organic Farms',
  'Bluebird Home Textiles',
  'Harbour View Books',
  'Northwind Traders',
  'Maple Leaf Furniture',
  'Silver Spoon Kitchenware',
  'Riverside Pet Supplies',
  'Golden Gate Apparel',
  'Blue Ocean Surf Shop',
  'Red Rock Outdoor Gear',
  'Urban Garden Tools',
  'Little Lamb Toys',
  'Bright Spark Lighting',
  'Fresh Brew Coffee Roasters',
  'Summit Cycling Co',
  'Crystal Clear Water Filters',
  'Happy Paws Grooming',
  'Iron Forge Fitness',
  'Paper Crane Stationery',
  'Velvet Rose Cosmetics',
  'Quantum Phone Accessories',
  'Lakeside Candles',
  'Highland Wool Knitwear',
  'Sweet Tooth Bakery Supplies',
  'Prime Auto Parts',
  'Oak and Ash Woodworks',
  'Coastal Kite Company',
  'Evergreen Vitamins',
  'Swift Courier Bags',
  'Honeycomb Beekeeping',
  'Starlight Telescopes',
  'Pebble Beach Jewellery',
  'Cloud Nine Bedding',
  'Tiny Tots Clothing',
  'Bold Brush Art Supplies',
  'Mountain Spring Tea',
  'Polar Bear Coolers',
  'Cedar Lane Ceramics',
];

const qualities = ['Golden', 'Silver', 'Green', 'Blue', 'Royal', 'Happy', 'Modern', 'Classic', 'Bright', 'Northern', 'Eastern', 'Pacific', 'Atlantic', 'Global', 'Urban'];
const things = ['Star', 'River', 'Lotus', 'Eagle', 'Harbor', 'Garden', 'Phoenix', 'Dragon', 'Crown', 'Bridge'];
const trades = ['Trading', 'Electronics', 'Textiles', 'Foods', 'Logistics', 'Cosmetics', 'Furniture', 'Toys', 'Apparel', 'Imports', 'Supplies', 'Jewellery'];
const forms = ['', ' Ltd', ' LLC', ' Co., Ltd.', ' GmbH', ' S.A.', ' Inc.', ' Limited Liability Company'];

export function ordinaryBusinesses(count = 200): string[] {
  const made = Array.from({ length: count - named.length }, (_, i) => {
    const quality = qualities[i % qualities.length];
    const thing = things[Math.floor(i / qualities.length) % things.length];
    const trade = trades[(i + Math.floor(i / qualities.length)) % trades.length];
    return `${quality} ${thing} ${trade}${forms[i % forms.length]}`;
  });
  return [...named, ...new Set(made)];
}
