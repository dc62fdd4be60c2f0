/* An ICU common-data library with no data items, to stand in for Qt's 31 MB libicudata.

   Qt links ICU for collation, legacy text codecs, IDNA and some locale data: features Huashu
   does not use (its text layout, line breaking and locale formats are Qt's own). ICU finds an
   empty package here and reports any lookup as missing data, which Qt handles. The bytes are
   the header of an empty little-endian package ("CmnD", 0 items), as `icupkg new` writes it.

   Compile with the entry point of the ICU version Qt was built with:
       gcc -shared -fPIC -O2 -DICU_ENTRY_POINT=icudt73_dat -o libicudata.so.73 \
           -Wl,-soname,libicudata.so.73 icudata_stub.c
*/
#ifndef ICU_ENTRY_POINT
#error "define ICU_ENTRY_POINT, e.g. -DICU_ENTRY_POINT=icudt73_dat"
#endif

__attribute__((visibility("default"), aligned(16)))
const unsigned char ICU_ENTRY_POINT[48] = {
    0x20, 0x00, 0xda, 0x27, 0x14, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 'C', 'm', 'n', 'D',
    0x01, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa,
};
